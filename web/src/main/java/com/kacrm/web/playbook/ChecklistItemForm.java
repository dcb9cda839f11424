package com.kacrm.web.playbook;

import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.ChecklistItemContent;
import com.kacrm.domain.playbook.Satisfaction;
import com.kacrm.persistence.playbook.ChecklistItemRow;

/**
 * The form of a checklist item, to add one or edit one. A new item is mandatory and
 * ticked with evidence unless the admin says otherwise.
 */
public class ChecklistItemForm {

	private String textZh;

	private String textEn;

	private boolean mandatory = true;

	private Satisfaction satisfaction = Satisfaction.MANUAL_WITH_EVIDENCE;

	private AutomaticRule automaticRule;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	static ChecklistItemForm of(ChecklistItemRow row) {
		ChecklistItemForm form = new ChecklistItemForm();
		form.textZh = row.textZh();
		form.textEn = row.textEn();
		form.mandatory = row.mandatory();
		form.satisfaction = row.satisfaction();
		form.automaticRule = row.automaticRule();
		form.version = row.version();
		return form;
	}

	ChecklistItemContent toContent() {
		return new ChecklistItemContent(this.textZh, this.textEn, this.mandatory, this.satisfaction,
				this.automaticRule);
	}

	public String getTextZh() {
		return this.textZh;
	}

	public void setTextZh(String textZh) {
		this.textZh = textZh;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public boolean isMandatory() {
		return this.mandatory;
	}

	public void setMandatory(boolean mandatory) {
		this.mandatory = mandatory;
	}

	public Satisfaction getSatisfaction() {
		return this.satisfaction;
	}

	public void setSatisfaction(Satisfaction satisfaction) {
		this.satisfaction = satisfaction;
	}

	public AutomaticRule getAutomaticRule() {
		return this.automaticRule;
	}

	public void setAutomaticRule(AutomaticRule automaticRule) {
		this.automaticRule = automaticRule;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
