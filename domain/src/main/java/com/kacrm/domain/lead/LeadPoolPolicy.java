package com.kacrm.domain.lead;

import com.kacrm.domain.history.ReasonMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.kacrm.domain.pool.PoolRule;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;

/**
 * The public pool (公海) of leads under the pool rules of the four tiers: who may claim a
 * pooled lead, and when an owned lead's owner is warned and the lead returns to the pool.
 *
 * <p>
 * An owned lead's clocks start when its current owner got it: its last contact is the
 * later of that moment and the last logged contact (a contact by a previous owner does
 * not count for the new one), and its last deal progress is that moment too, since a
 * lead's only progress is its conversion, which closes it. It returns at the earlier of
 * the rule's two periods ({@link PoolRule#returnDueAt}).
 *
 * <p>
 * A lead without a tier (not classed yet) follows the rule of tier D, the loosest one:
 * every registered lead is classed, so this only matters for data from before the tier
 * criteria.
 */
public final class LeadPoolPolicy {

	/** The tier whose rule applies to leads without a tier. */
	public static final Tier UNCLASSED = Tier.D;

	private final Map<Tier, PoolRule> rules = new EnumMap<>(Tier.class);

	/**
	 * The policy under {@code rules}, one per tier.
	 * @throws IllegalArgumentException when a tier has no rule
	 */
	public LeadPoolPolicy(Collection<PoolRule> rules) {
		rules.forEach((rule) -> this.rules.put(rule.getTier(), rule));
		for (Tier tier : Tier.values()) {
			if (!this.rules.containsKey(tier)) {
				throw new IllegalArgumentException("No pool rule for tier " + tier);
			}
		}
	}

	/** The tier whose rule applies to {@code tier}: {@link #UNCLASSED} for null. */
	public static Tier ruleTierOf(Tier tier) {
		return (tier != null) ? tier : UNCLASSED;
	}

	public PoolRule ruleOf(Tier tier) {
		return this.rules.get(ruleTierOf(tier));
	}

	/**
	 * May {@code claimer}, who holds {@code held} open leads of the lead's tier and last
	 * gave this lead back at {@code lastReleasedByClaimer} (null if never), claim the
	 * pooled {@code lead} at {@code now}?
	 * @param zone the zone the end of a cooldown is shown in
	 * @throws ChangeRejected {@code pool.error.notInPool} when the lead has an owner or
	 * is closed; {@code pool.error.capReached} (cap, tier) when the claimer holds as many
	 * leads of the tier as the rule allows; {@code pool.error.cooldown} (date) while the
	 * claimer's cooldown on this lead lasts
	 */
	public void checkClaim(Lead lead, long held, Instant lastReleasedByClaimer, Instant now, ZoneId zone) {
		if (lead.getStatus() != LeadStatus.NEW) {
			throw ChangeRejected.of(null, "pool.error.notInPool");
		}
		PoolRule rule = ruleOf(lead.getTier());
		if (!rule.allowsClaimWhenHolding(held)) {
			throw ChangeRejected.of(null, "pool.error.capReached", rule.getHoldingCap(), rule.getTier().name());
		}
		if (lastReleasedByClaimer != null && !rule.mayReclaim(lastReleasedByClaimer, now)) {
			throw ChangeRejected.of(null, "pool.error.cooldown", cooldownEnd(lead, lastReleasedByClaimer, zone));
		}
	}

	/** The day (in {@code zone}) a cooldown started at {@code releasedAt} ends. */
	public LocalDate cooldownEnd(Lead lead, Instant releasedAt, ZoneId zone) {
		return releasedAt.plus(Duration.ofDays(ruleOf(lead.getTier()).getCooldownDays())).atZone(zone).toLocalDate();
	}

	/**
	 * Whether the cooldown that started at {@code releasedAt} (null if never) still lasts
	 * at {@code now}.
	 */
	public boolean inCooldown(Lead lead, Instant releasedAt, Instant now) {
		return releasedAt != null && !ruleOf(lead.getTier()).mayReclaim(releasedAt, now);
	}

	/**
	 * The later of the moment the owner got the lead and its last logged contact; null
	 * while the lead has no owner.
	 */
	public static Instant lastContactOf(Lead lead) {
		Instant ownedSince = lead.getStatus().isOwned() ? lead.getOwnedSince() : null;
		if (ownedSince == null) {
			return null;
		}
		Instant contacted = lead.getLastContactedAt();
		return (contacted != null && contacted.isAfter(ownedSince)) ? contacted : ownedSince;
	}

	/**
	 * When the owner got the lead (a lead's progress is its conversion); null if none.
	 */
	public static Instant lastProgressOf(Lead lead) {
		return lead.getStatus().isOwned() ? lead.getOwnedSince() : null;
	}

	/** When the owned lead returns to the pool; null while it has no owner. */
	public Instant returnDueAt(Lead lead) {
		Instant contact = lastContactOf(lead);
		return (contact != null) ? ruleOf(lead.getTier()).returnDueAt(contact, lastProgressOf(lead)) : null;
	}

	/** When the owner of the lead is warned; null while it has no owner. */
	public Instant warningDueAt(Lead lead) {
		Instant contact = lastContactOf(lead);
		return (contact != null) ? ruleOf(lead.getTier()).warningDueAt(contact, lastProgressOf(lead)) : null;
	}

	public boolean isReturnDue(Lead lead, Instant now) {
		Instant contact = lastContactOf(lead);
		return contact != null && ruleOf(lead.getTier()).isReturnDue(contact, lastProgressOf(lead), now);
	}

	/**
	 * Whether the owner is to be warned at {@code now}: the warning is due, the return
	 * not.
	 */
	public boolean isWarningDue(Lead lead, Instant now) {
		Instant contact = lastContactOf(lead);
		return contact != null && ruleOf(lead.getTier()).isWarningDue(contact, lastProgressOf(lead), now);
	}

	/**
	 * Why the owned lead returns: the period that ends first, contact when both end
	 * together.
	 */
	public ReturnCause causeOfReturn(Lead lead) {
		PoolRule rule = ruleOf(lead.getTier());
		Instant byContact = lastContactOf(lead).plus(Duration.ofDays(rule.getContactDays()));
		Instant byProgress = lastProgressOf(lead).plus(Duration.ofDays(rule.getProgressDays()));
		return byProgress.isBefore(byContact) ? new ReturnCause(false, rule.getProgressDays())
				: new ReturnCause(true, rule.getContactDays());
	}

	/**
	 * The bounds a query uses to find owned leads of {@code tier} whose return is due at
	 * {@code now}: exactly those whose last contact is at or before {@code contact} or
	 * who were claimed at or before {@code progress}.
	 */
	public Cutoffs returnCutoffs(Tier tier, Instant now) {
		return cutoffs(tier, now, 0);
	}

	/**
	 * Like {@link #returnCutoffs} for leads whose warning is due at {@code now}
	 * (including those whose return is due).
	 */
	public Cutoffs warningCutoffs(Tier tier, Instant now) {
		return cutoffs(tier, now, ruleOf(tier).getWarningDays());
	}

	private Cutoffs cutoffs(Tier tier, Instant now, int warningDays) {
		PoolRule rule = ruleOf(tier);
		return new Cutoffs(now.minus(Duration.ofDays(rule.getContactDays() - warningDays)),
				now.minus(Duration.ofDays(rule.getProgressDays() - warningDays)));
	}

	/**
	 * Time bounds for finding due leads with a query on the lead's columns.
	 *
	 * @param contact latest last contact (the later of owned-since and last contacted)
	 * that is due
	 * @param progress latest owned-since that is due
	 */
	public record Cutoffs(Instant contact, Instant progress) {

		public Cutoffs {
			Objects.requireNonNull(contact, "contact");
			Objects.requireNonNull(progress, "progress");
		}

	}

	/**
	 * Why a lead returns to the pool.
	 *
	 * @param noContact true for no logged contact, false for no deal progress
	 * @param days the rule's period that ended
	 */
	public record ReturnCause(boolean noContact, int days) {

		/** The reason as the lead's history keeps it, e.g. {@code 30 天未联系}. */
		public String historyReason() {
			return this.days + (this.noContact ? " 天未联系" : " 天无进展");
		}

		/** The same reason in the reader's language. */
		public ReasonMessage message() {
			return ReasonMessage.of(this.noContact ? "pool.history.noContact" : "pool.history.noProgress", this.days);
		}

	}

}
