package com.kacrm.domain.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An industry (行业) in which the company sells, with its strategy class and the strategy
 * text reps see. Industries are reference data kept by admins.
 *
 * <p>
 * Lifecycle: created active; its names, class, strategy text and sort order may change at
 * any time; its code never changes, as imports and the API refer to it. An industry in
 * use is never deleted, only deactivated (no longer offered for new records) and possibly
 * activated again. Invariants: the code is 2–32 upper case letters, digits or '_', the
 * Chinese name has 1–100 characters, every industry has a class and a strategy text.
 * Uniqueness of code and Chinese name across industries is checked by the service.
 */
@Entity
@Table(name = "industry")
public class Industry extends VersionedEntity {

	@Column(nullable = false, unique = true, length = 32)
	private String code;

	@Embedded
	private LocalizedName name;

	@Enumerated(EnumType.STRING)
	@Column(name = "strategy_class", nullable = false, length = 16)
	private StrategyClass strategyClass;

	@Embedded
	private StrategyText strategy;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	protected Industry() {
	}

	/**
	 * A new, active industry.
	 * @throws ChangeRejected when the code is malformed, the class missing or the sort
	 * order out of range
	 */
	public Industry(String code, LocalizedName name, StrategyClass strategyClass, StrategyText strategy,
			int sortOrder) {
		ChangeRejected.throwIfAny(validate(code, strategyClass, sortOrder));
		this.code = code;
		this.name = Objects.requireNonNull(name, "name");
		this.strategyClass = strategyClass;
		this.strategy = Objects.requireNonNull(strategy, "strategy");
		this.sortOrder = sortOrder;
	}

	/**
	 * Renames, reclassifies or rewords the industry. A reclassified industry whose text
	 * is still the manual's text of its old class takes the manual's text of the new
	 * class, so reps never read the old class's strategy.
	 * @throws ChangeRejected when the class is missing or the sort order out of range
	 */
	public void update(LocalizedName name, StrategyClass strategyClass, StrategyText strategy, int sortOrder) {
		List<Violation> violations = new ArrayList<>();
		check(strategyClass, sortOrder, violations);
		ChangeRejected.throwIfAny(violations);
		Objects.requireNonNull(strategy, "strategy");
		boolean keepsOldManualText = strategyClass != this.strategyClass
				&& strategy.equals(this.strategyClass.manualStrategy());
		this.name = Objects.requireNonNull(name, "name");
		this.strategy = keepsOldManualText ? strategyClass.manualStrategy() : strategy;
		this.strategyClass = strategyClass;
		this.sortOrder = sortOrder;
	}

	/** No longer offered for new records; records that use it keep it. */
	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	/**
	 * What is wrong with a new industry's code, class and sort order; empty when nothing
	 * is.
	 */
	public static List<Violation> validate(String code, StrategyClass strategyClass, int sortOrder) {
		List<Violation> violations = new ArrayList<>();
		ReferenceRules.checkCode(code, violations);
		check(strategyClass, sortOrder, violations);
		return violations;
	}

	private static void check(StrategyClass strategyClass, int sortOrder, List<Violation> violations) {
		if (strategyClass == null) {
			violations.add(Violation.of("strategyClass", "industry.strategyClass.required"));
		}
		ReferenceRules.checkSortOrder(sortOrder, violations);
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getName() {
		return this.name;
	}

	public StrategyClass getStrategyClass() {
		return this.strategyClass;
	}

	public StrategyText getStrategy() {
		return this.strategy;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}
