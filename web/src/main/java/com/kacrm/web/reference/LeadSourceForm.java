package com.kacrm.web.reference;

import com.kacrm.persistence.reference.LeadSourceChange;
import com.kacrm.persistence.reference.LeadSourceRow;
import com.kacrm.web.shared.NamedForm;
import jakarta.validation.constraints.NotNull;

/**
 * The lead-source form; {@code code} and {@code parentId} (empty for a channel) are only
 * used when creating, {@code version} only when editing.
 */
public class LeadSourceForm extends NamedForm {

	private String code;

	private Long parentId;

	@NotNull(message = "{form.required}")
	private Integer sortOrder = 0;

	static LeadSourceForm of(LeadSourceRow row) {
		LeadSourceForm form = new LeadSourceForm();
		form.load(row);
		return form;
	}

	/** Shows the source as it is now, e.g. after someone else saved it first. */
	void load(LeadSourceRow row) {
		this.code = row.code();
		this.parentId = row.parentId();
		setNameZh(row.name().zh());
		setNameEn(row.name().en());
		this.sortOrder = row.sortOrder();
		setVersion(row.version());
	}

	LeadSourceChange toChange() {
		return new LeadSourceChange(getNameZh(), getNameEn(), this.sortOrder);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.strip() : null;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
