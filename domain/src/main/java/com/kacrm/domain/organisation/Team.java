package com.kacrm.domain.organisation;

import java.util.Objects;

import com.kacrm.domain.shared.ChangeRejected;

import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A sales team (销售团队). Each team covers one region and has at most one manager, who sees
 * everything of the team and decides its 立项 requests.
 *
 * <p>
 * Invariants: the code never changes (records and numbers carry it); the manager, when
 * there is one, is a user with the manager role who belongs to this team.
 */
@Entity
@Table(name = "team")
public class Team extends VersionedEntity {

	@Column(nullable = false, unique = true, length = 8)
	private String code;

	@Embedded
	private LocalizedName name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id", nullable = false)
	private Region region;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "manager_id")
	private User manager;

	protected Team() {
	}

	public Team(String code, LocalizedName name, Region region) {
		this.code = Codes.require(code);
		this.name = Objects.requireNonNull(name, "name");
		this.region = Objects.requireNonNull(region, "region");
	}

	/**
	 * Makes {@code user} the manager of this team. Only a user with the manager role who
	 * belongs to this team can manage it; refused on the form's {@code managerUsername}.
	 */
	public void appointManager(User user) {
		Objects.requireNonNull(user, "user");
		if (user.getRole() != Role.MANAGER) {
			throw ChangeRejected.of("managerUsername", "team.manager.notAManager", user.getUsername());
		}
		if (!isSameTeam(user.getTeam())) {
			throw ChangeRejected.of("managerUsername", "team.manager.notInTeam", user.getUsername(), this.code);
		}
		this.manager = user;
	}

	/** The team is left without a manager, e.g. until a new one is hired. */
	public void dismissManager() {
		this.manager = null;
	}

	public void rename(LocalizedName newName) {
		this.name = Objects.requireNonNull(newName, "newName");
	}

	/**
	 * The team covers another region from now on; the records it owns go with it.
	 */
	public void moveToRegion(Region newRegion) {
		this.region = Objects.requireNonNull(newRegion, "newRegion");
	}

	/**
	 * Whether {@code other} is this team. Compares ids too, as a lazy reference from a
	 * user may be a proxy rather than this instance.
	 */
	public boolean isSameTeam(Team other) {
		if (other == null) {
			return false;
		}
		return other == this || (getId() != null && getId().equals(other.getId()));
	}

	/** Whether {@code user} is this team's manager. */
	public boolean isManagedBy(User user) {
		return this.manager != null && user != null
				&& (this.manager == user || (user.getId() != null && user.getId().equals(this.manager.getId())));
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getName() {
		return this.name;
	}

	public Region getRegion() {
		return this.region;
	}

	public User getManager() {
		return this.manager;
	}

}
