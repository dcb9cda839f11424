package com.kacrm.domain.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The public-pool rule (公海规则) of one tier: when an owned lead or account returns to the
 * pool (公海) for lack of contact or deal progress, how long before that its owner is
 * warned, how many records of the tier a rep may hold, and how long the previous owner
 * must wait before claiming a released record again. There is one rule per tier; admins
 * change them, never create or delete them.
 *
 * <p>
 * A record returns at the earlier of its two periods: {@code contactDays} after the last
 * logged contact or {@code progressDays} after the last deal progress. Days are counted
 * as 24-hour periods from the moment given.
 *
 * <p>
 * Invariants: both return periods are 1–3650 days; the warning comes 0 (no warning) or
 * more days before, and strictly before both periods end; a cap, when set, is at least 1;
 * the cooldown is 0 or more days.
 */
@Entity
@Table(name = "pool_rule")
public class PoolRule extends VersionedEntity {

	public static final int MAX_DAYS = 3650;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, unique = true, updatable = false, length = 8)
	private Tier tier;

	@Column(name = "contact_days", nullable = false)
	private int contactDays;

	@Column(name = "progress_days", nullable = false)
	private int progressDays;

	@Column(name = "warning_days", nullable = false)
	private int warningDays;

	@Column(name = "holding_cap")
	private Integer holdingCap;

	@Column(name = "cooldown_days", nullable = false)
	private int cooldownDays;

	protected PoolRule() {
	}

	/**
	 * The rule of {@code tier}.
	 * @throws ChangeRejected when the settings break the rule's invariants
	 */
	public PoolRule(Tier tier, PoolRuleSettings settings) {
		this.tier = Objects.requireNonNull(tier, "tier");
		update(settings);
	}

	/**
	 * Replaces the rule's settings.
	 * @throws ChangeRejected with every broken rule (fields {@code rules[i].<name>}, i
	 * the tier's ordinal), the rule unchanged
	 */
	public void update(PoolRuleSettings settings) {
		ChangeRejected.throwIfAny(violationsOf(this.tier, settings));
		this.contactDays = settings.contactDays();
		this.progressDays = settings.progressDays();
		this.warningDays = settings.warningDays();
		this.holdingCap = settings.holdingCap();
		this.cooldownDays = settings.cooldownDays();
	}

	public PoolRuleSettings settings() {
		return new PoolRuleSettings(this.contactDays, this.progressDays, this.warningDays, this.holdingCap,
				this.cooldownDays);
	}

	/**
	 * Every rule {@code settings} for {@code tier} break, with the form field concerned
	 * ({@code rules[i].<name>}, i the tier's ordinal, as the screen lists tiers A–D).
	 */
	public static List<Violation> violationsOf(Tier tier, PoolRuleSettings settings) {
		Objects.requireNonNull(settings, "settings");
		String prefix = "rules[" + tier.ordinal() + "].";
		List<Violation> violations = new ArrayList<>();
		boolean contact = checkPeriod(prefix + "contactDays", settings.contactDays(), violations);
		boolean progress = checkPeriod(prefix + "progressDays", settings.progressDays(), violations);
		Integer warning = settings.warningDays();
		if (warning == null) {
			violations.add(Violation.of(prefix + "warningDays", "form.required"));
		}
		else if (warning < 0) {
			violations.add(Violation.of(prefix + "warningDays", "poolRule.error.notNegative"));
		}
		else if ((contact && warning >= settings.contactDays()) || (progress && warning >= settings.progressDays())) {
			violations.add(Violation.of(prefix + "warningDays", "poolRule.error.warningNotBeforeReturn"));
		}
		if (settings.holdingCap() != null && settings.holdingCap() < 1) {
			violations.add(Violation.of(prefix + "holdingCap", "poolRule.error.capAtLeastOne"));
		}
		Integer cooldown = settings.cooldownDays();
		if (cooldown == null) {
			violations.add(Violation.of(prefix + "cooldownDays", "form.required"));
		}
		else if (cooldown < 0) {
			violations.add(Violation.of(prefix + "cooldownDays", "poolRule.error.notNegative"));
		}
		else if (cooldown > MAX_DAYS) {
			violations.add(Violation.of(prefix + "cooldownDays", "poolRule.error.daysRange", 0, MAX_DAYS));
		}
		return violations;
	}

	private static boolean checkPeriod(String field, Integer days, List<Violation> violations) {
		if (days == null) {
			violations.add(Violation.of(field, "form.required"));
			return false;
		}
		if (days < 1 || days > MAX_DAYS) {
			violations.add(Violation.of(field, "poolRule.error.daysRange", 1, MAX_DAYS));
			return false;
		}
		return true;
	}

	/**
	 * When an owned record returns to the pool: the earlier of {@code contactDays} after
	 * its last logged contact and {@code progressDays} after its last deal progress. Pass
	 * the claim time for a record never contacted or never progressed.
	 */
	public Instant returnDueAt(Instant lastContact, Instant lastProgress) {
		Instant byContact = Objects.requireNonNull(lastContact, "lastContact").plus(days(this.contactDays));
		Instant byProgress = Objects.requireNonNull(lastProgress, "lastProgress").plus(days(this.progressDays));
		return byContact.isBefore(byProgress) ? byContact : byProgress;
	}

	/** When the owner is warned: {@code warningDays} before {@link #returnDueAt}. */
	public Instant warningDueAt(Instant lastContact, Instant lastProgress) {
		return returnDueAt(lastContact, lastProgress).minus(days(this.warningDays));
	}

	/** Whether the record is due to return to the pool at {@code now}. */
	public boolean isReturnDue(Instant lastContact, Instant lastProgress, Instant now) {
		return !now.isBefore(returnDueAt(lastContact, lastProgress));
	}

	/** Whether the owner is to be warned at {@code now} (and the record not yet due). */
	public boolean isWarningDue(Instant lastContact, Instant lastProgress, Instant now) {
		return !now.isBefore(warningDueAt(lastContact, lastProgress)) && !isReturnDue(lastContact, lastProgress, now);
	}

	/**
	 * Whether the previous owner, who released the record at
	 * {@code previousOwnerReleasedAt}, may claim it again at {@code now}: once the
	 * cooldown has passed.
	 */
	public boolean mayReclaim(Instant previousOwnerReleasedAt, Instant now) {
		return !now.isBefore(previousOwnerReleasedAt.plus(days(this.cooldownDays)));
	}

	/** Whether a rep holding {@code held} records of this tier may claim one more. */
	public boolean allowsClaimWhenHolding(long held) {
		return this.holdingCap == null || held < this.holdingCap;
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	public Tier getTier() {
		return this.tier;
	}

	public int getContactDays() {
		return this.contactDays;
	}

	public int getProgressDays() {
		return this.progressDays;
	}

	public int getWarningDays() {
		return this.warningDays;
	}

	public Integer getHoldingCap() {
		return this.holdingCap;
	}

	public int getCooldownDays() {
		return this.cooldownDays;
	}

}
