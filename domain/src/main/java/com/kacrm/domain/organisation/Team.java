package com.kacrm.domain.organisation;

import java.util.Objects;

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
		this.code = Codes.require(code, "team code");
		this.name = Objects.requireNonNull(name, "name");
		this.region = Objects.requireNonNull(region, "region");
	}

	/**
	 * Makes {@code user} the manager of this team. Only a user with the manager role can
	 * manage a team.
	 */
	public void appointManager(User user) {
		Objects.requireNonNull(user, "user");
		if (user.getRole() != Role.MANAGER) {
			throw new IllegalArgumentException("Only a MANAGER can manage a team: " + user.getUsername());
		}
		this.manager = user;
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
