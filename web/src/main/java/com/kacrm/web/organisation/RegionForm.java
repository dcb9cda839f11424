package com.kacrm.web.organisation;

import com.kacrm.persistence.organisation.RegionRow;

/** The region form: a new region's code and names, or a region's new names. */
public class RegionForm {

	private String code;

	private String nameZh;

	private String nameEn;

	private long version;

	static RegionForm of(RegionRow region) {
		RegionForm form = new RegionForm();
		form.code = region.code();
		form.refresh(region);
		return form;
	}

	/** Takes the region's current names and version, e.g. after a concurrent edit. */
	void refresh(RegionRow region) {
		this.nameZh = region.name().zh();
		this.nameEn = region.name().en();
		this.version = region.version();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
