package com.kacrm.web.reference;

import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.persistence.reference.IndustryChange;
import com.kacrm.persistence.reference.IndustryRow;
import com.kacrm.web.shared.NamedForm;
import jakarta.validation.constraints.NotNull;

/**
 * The industry form; {@code code} is only used when creating, {@code version} only when
 * editing. A blank Chinese strategy text means "the manual's text of the class".
 */
public class IndustryForm extends NamedForm {

	private String code;

	private StrategyClass strategyClass;

	private String strategyZh;

	private String strategyEn;

	@NotNull(message = "{form.required}")
	private Integer sortOrder = 0;

	static IndustryForm of(IndustryRow row) {
		IndustryForm form = new IndustryForm();
		form.load(row);
		return form;
	}

	/** Shows the industry as it is now, e.g. after someone else saved it first. */
	void load(IndustryRow row) {
		this.code = row.code();
		setNameZh(row.name().zh());
		setNameEn(row.name().en());
		this.strategyClass = row.strategyClass();
		this.strategyZh = row.strategy().zh();
		this.strategyEn = row.strategy().en();
		this.sortOrder = row.sortOrder();
		setVersion(row.version());
	}

	IndustryChange toChange() {
		return new IndustryChange(getNameZh(), getNameEn(), this.strategyClass, this.strategyZh, this.strategyEn,
				this.sortOrder);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.strip() : null;
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

}
