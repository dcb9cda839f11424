package com.kacrm.web.pool;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.pool.PoolRuleEdit;
import com.kacrm.persistence.pool.PoolRuleRow;

/**
 * The pool-rules form: one line per tier, A first (line i is tier i, whatever the browser
 * sends), each with the version its edit is based on.
 */
public class PoolRulesForm {

	private List<RuleLine> rules = new ArrayList<>();

	static PoolRulesForm of(List<PoolRuleRow> rows) {
		PoolRulesForm form = new PoolRulesForm();
		form.fill(rows);
		return form;
	}

	/** Replaces every line with the rules as stored, e.g. after someone else saved. */
	void fill(List<PoolRuleRow> rows) {
		this.rules = new ArrayList<>();
		for (PoolRuleRow row : rows) {
			RuleLine line = new RuleLine();
			line.setVersion(row.version());
			line.setContactDays(row.settings().contactDays());
			line.setProgressDays(row.settings().progressDays());
			line.setWarningDays(row.settings().warningDays());
			line.setHoldingCap(row.settings().holdingCap());
			line.setCooldownDays(row.settings().cooldownDays());
			this.rules.add(line);
		}
		complete();
	}

	/** Makes sure there is one line per tier and each line knows its tier. */
	void complete() {
		while (this.rules.size() < Tier.values().length) {
			this.rules.add(new RuleLine());
		}
		while (this.rules.size() > Tier.values().length) {
			this.rules.remove(this.rules.size() - 1);
		}
		for (Tier tier : Tier.values()) {
			if (this.rules.get(tier.ordinal()) == null) {
				this.rules.set(tier.ordinal(), new RuleLine());
			}
			this.rules.get(tier.ordinal()).tier = tier;
		}
	}

	List<PoolRuleEdit> toEdits() {
		return this.rules.stream()
			.map((line) -> new PoolRuleEdit(line.tier, line.version,
					new PoolRuleSettings(line.contactDays, line.progressDays, line.warningDays, line.holdingCap,
							line.cooldownDays)))
			.toList();
	}

	public List<RuleLine> getRules() {
		return this.rules;
	}

	public void setRules(List<RuleLine> rules) {
		this.rules = rules;
	}

	/** One tier's rule as typed. The tier is set by position, never bound. */
	public static class RuleLine {

		private Tier tier;

		/**
		 * -1 until bound: an edit posted without its version meets a conflict, never
		 * overwrites.
		 */
		private long version = -1;

		private Integer contactDays;

		private Integer progressDays;

		private Integer warningDays;

		private Integer holdingCap;

		private Integer cooldownDays;

		public Tier getTier() {
			return this.tier;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public Integer getContactDays() {
			return this.contactDays;
		}

		public void setContactDays(Integer contactDays) {
			this.contactDays = contactDays;
		}

		public Integer getProgressDays() {
			return this.progressDays;
		}

		public void setProgressDays(Integer progressDays) {
			this.progressDays = progressDays;
		}

		public Integer getWarningDays() {
			return this.warningDays;
		}

		public void setWarningDays(Integer warningDays) {
			this.warningDays = warningDays;
		}

		public Integer getHoldingCap() {
			return this.holdingCap;
		}

		public void setHoldingCap(Integer holdingCap) {
			this.holdingCap = holdingCap;
		}

		public Integer getCooldownDays() {
			return this.cooldownDays;
		}

		public void setCooldownDays(Integer cooldownDays) {
			this.cooldownDays = cooldownDays;
		}

	}

}
