package com.kacrm.web.playbook;

import com.kacrm.domain.playbook.MilestoneGuidance;
import com.kacrm.persistence.playbook.MilestoneRow;
import com.kacrm.web.shared.NamedForm;

/** The edit form of a milestone's guidance and default probability. */
public class MilestoneForm extends NamedForm {

	private String definitionZh;

	private String definitionEn;

	private String workStandardZh;

	private String workStandardEn;

	private Integer defaultProbability;

	static MilestoneForm of(MilestoneRow row) {
		MilestoneForm form = new MilestoneForm();
		form.setNameZh(row.name().zh());
		form.setNameEn(row.name().en());
		form.definitionZh = row.definitionZh();
		form.definitionEn = row.definitionEn();
		form.workStandardZh = row.workStandardZh();
		form.workStandardEn = row.workStandardEn();
		form.defaultProbability = row.defaultProbability();
		form.setVersion(row.version());
		return form;
	}

	MilestoneGuidance toGuidance() {
		return new MilestoneGuidance(getNameZh(), getNameEn(), this.definitionZh, this.definitionEn,
				this.workStandardZh, this.workStandardEn, this.defaultProbability);
	}

	public String getDefinitionZh() {
		return this.definitionZh;
	}

	public void setDefinitionZh(String definitionZh) {
		this.definitionZh = definitionZh;
	}

	public String getDefinitionEn() {
		return this.definitionEn;
	}

	public void setDefinitionEn(String definitionEn) {
		this.definitionEn = definitionEn;
	}

	public String getWorkStandardZh() {
		return this.workStandardZh;
	}

	public void setWorkStandardZh(String workStandardZh) {
		this.workStandardZh = workStandardZh;
	}

	public String getWorkStandardEn() {
		return this.workStandardEn;
	}

	public void setWorkStandardEn(String workStandardEn) {
		this.workStandardEn = workStandardEn;
	}

	public Integer getDefaultProbability() {
		return this.defaultProbability;
	}

	public void setDefaultProbability(Integer defaultProbability) {
		this.defaultProbability = defaultProbability;
	}

}
