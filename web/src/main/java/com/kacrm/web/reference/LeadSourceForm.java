package com.kacrm.web.reference;

import com.kacrm.persistence.reference.LeadSourceChange;
import com.kacrm.persistence.reference.LeadSourceRow;
import jakarta.validation.constraints.NotNull;

/**
 * The lead-source form; {@code code} and {@code parentId} (empty for a channel) are only
 * used when creating, {@code version} only when editing.
 */
public class LeadSourceForm {

	private String code;

	private Long parentId;

	private String nameZh;

	private String nameEn;

	@NotNull(message = "{form.required}")
	private Integer sortOrder = 0;

	private long version;

	static LeadSourceForm of(LeadSourceRow row) {
		LeadSourceForm form = new LeadSourceForm();
		form.load(row);
		return form;
	}

	/** Shows the source as it is now, e.g. after someone else saved it first. */
	void load(LeadSourceRow row) {
		this.code = row.code();
		this.parentId = row.parentId();
		this.nameZh = row.name().zh();
		this.nameEn = row.name().en();
		this.sortOrder = row.sortOrder();
		this.version = row.version();
	}

	LeadSourceChange toChange() {
		return new LeadSourceChange(this.nameZh, this.nameEn, this.sortOrder);
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
