package com.kacrm.domain.competitor;

import java.io.Serializable;
import java.util.Objects;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A competitor present at one account, with its position there (e.g. "现有主力供应商，份额约 60%").
 * The account's competitors tab lists these; the same competitor is present at many
 * accounts.
 */
@Entity
@Table(name = "account_competitor")
public class CompetitorPresence {

	public static final int MAX_POSITION = 500;

	@EmbeddedId
	private Key key;

	@Column(length = MAX_POSITION)
	private String position;

	protected CompetitorPresence() {
	}

	public CompetitorPresence(long accountId, long competitorId, String position) {
		this.key = new Key(accountId, competitorId);
		describe(position);
	}

	/** Records the competitor's position at the account. */
	public void describe(String newPosition) {
		String stripped = Text.optional(newPosition);
		if (stripped != null && stripped.length() > MAX_POSITION) {
			throw ChangeRejected.of("position", "form.tooLong", MAX_POSITION);
		}
		this.position = stripped;
	}

	public long getAccountId() {
		return this.key.accountId;
	}

	public long getCompetitorId() {
		return this.key.competitorId;
	}

	public String getPosition() {
		return this.position;
	}

	/** The account and the competitor. */
	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "account_id", nullable = false, updatable = false)
		private long accountId;

		@Column(name = "competitor_id", nullable = false, updatable = false)
		private long competitorId;

		protected Key() {
		}

		public Key(long accountId, long competitorId) {
			this.accountId = accountId;
			this.competitorId = competitorId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.accountId == this.accountId && key.competitorId == this.competitorId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.accountId, this.competitorId);
		}

	}

}
