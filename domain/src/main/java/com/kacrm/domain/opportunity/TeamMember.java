package com.kacrm.domain.opportunity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * One of our people on a deal's development team (大客户开拓小组), with what they do on it.
 * Members are reps or managers of the deal's team, so everyone on the team sees the deal.
 */
@Entity
@Table(name = "opportunity_team_member")
public class TeamMember {

	public static final int MAX_RESPONSIBILITY = 100;

	@EmbeddedId
	private Key key;

	@MapsId("opportunityId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opportunity_id")
	private Opportunity opportunity;

	@MapsId("userId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(length = MAX_RESPONSIBILITY)
	private String responsibility;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	protected TeamMember() {
	}

	/**
	 * @throws ChangeRejected when the user may not work the deal's team's deals or the
	 * responsibility is too long
	 */
	public TeamMember(Opportunity opportunity, User user, String responsibility, Instant at) {
		this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
		this.user = Objects.requireNonNull(user, "user");
		if (!Account.mayOwn(user, opportunity.getTeam())) {
			throw ChangeRejected.of("userId", "opportunity.team.outsideTeam");
		}
		String text = Text.optional(responsibility);
		if (text != null && text.length() > MAX_RESPONSIBILITY) {
			throw ChangeRejected.of("responsibility", "form.tooLong", MAX_RESPONSIBILITY);
		}
		this.key = new Key(opportunity.getId(), user.getId());
		this.responsibility = text;
		this.addedAt = Objects.requireNonNull(at, "at");
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public User getUser() {
		return this.user;
	}

	public String getResponsibility() {
		return this.responsibility;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

	/** The member's key: the deal and the user. */
	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "opportunity_id")
		private Long opportunityId;

		@Column(name = "user_id")
		private Long userId;

		protected Key() {
		}

		public Key(Long opportunityId, Long userId) {
			this.opportunityId = opportunityId;
			this.userId = userId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.opportunityId, key.opportunityId)
					&& Objects.equals(this.userId, key.userId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.opportunityId, this.userId);
		}

	}

}
