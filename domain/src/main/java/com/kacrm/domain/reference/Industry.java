package com.kacrm.domain.reference;

import java.util.Objects;

import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An industry (行业) in which the company sells, with its strategy class. Industries are
 * reference data kept by admins; an industry in use is deactivated rather than deleted.
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

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	protected Industry() {
	}

	public Industry(String code, LocalizedName name, StrategyClass strategyClass, int sortOrder) {
		this.code = Objects.requireNonNull(code, "code");
		this.name = Objects.requireNonNull(name, "name");
		this.strategyClass = Objects.requireNonNull(strategyClass, "strategyClass");
		this.sortOrder = sortOrder;
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

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}
