package com.kacrm.web.reference;

import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.persistence.reference.IndustryChange;
import com.kacrm.persistence.reference.IndustryRow;
import jakarta.validation.constraints.NotNull;

/**
 * The industry form; {@code code} is only used when creating, {@code version} only when
 * editing. A blank Chinese strategy text means "the manual's text of the class".
 */
public class IndustryForm {

	private String code;

	private String nameZh;

	private String nameEn;

	private StrategyClass strategyClass;

	private String strategyZh;

	private String strategyEn;

	@NotNull(message = "{form.required}")
	private Integer sortOrder = 0;

	private long version;

	static IndustryForm of(IndustryRow row) {
		IndustryForm form = new IndustryForm();
		form.load(row);
		return form;
	}

	/** Shows the industry as it is now, e.g. after someone else saved it first. */
	void load(IndustryRow row) {
		this.code = row.code();
		this.nameZh = row.name().zh();
		this.nameEn = row.name().en();
		this.strategyClass = row.strategyClass();
		this.strategyZh = row.strategy().zh();
		this.strategyEn = row.strategy().en();
		this.sortOrder = row.sortOrder();
		this.version = row.version();
	}

	IndustryChange toChange() {
		return new IndustryChange(this.nameZh, this.nameEn, this.strategyClass, this.strategyZh, this.strategyEn,
				this.sortOrder);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.strip() : null;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public StrategyClass getStrategyClass() {
		return this.strategyClass;
	}

	public void setStrategyClass(StrategyClass strategyClass) {
		this.strategyClass = strategyClass;
	}

	public String getStrategyZh() {
		return this.strategyZh;
	}

	public void setStrategyZh(String strategyZh) {
		this.strategyZh = strategyZh;
	}

	public String getStrategyEn() {
		return this.strategyEn;
	}

	public void setStrategyEn(String strategyEn) {
		this.strategyEn = strategyEn;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
