package com.kacrm.domain.competitor;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A competitor in one opportunity (SPEC 4: "each opportunity lists the competitors in
 * it"). The link carries nothing else: what the competitor offers at the customer is its
 * {@link CompetitorPresence position} at the opportunity's account.
 */
@Entity
@Table(name = "opportunity_competitor")
public class CompetitorInDeal {

	@EmbeddedId
	private Key key;

	protected CompetitorInDeal() {
	}

	public CompetitorInDeal(long opportunityId, long competitorId) {
		this.key = new Key(opportunityId, competitorId);
	}

	public long getOpportunityId() {
		return this.key.opportunityId;
	}

	public long getCompetitorId() {
		return this.key.competitorId;
	}

	/** The opportunity and the competitor. */
	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "opportunity_id", nullable = false, updatable = false)
		private long opportunityId;

		@Column(name = "competitor_id", nullable = false, updatable = false)
		private long competitorId;

		protected Key() {
		}

		public Key(long opportunityId, long competitorId) {
			this.opportunityId = opportunityId;
			this.competitorId = competitorId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.opportunityId == this.opportunityId
					&& key.competitorId == this.competitorId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.opportunityId, this.competitorId);
		}

	}

}
