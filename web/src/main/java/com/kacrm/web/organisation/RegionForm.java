package com.kacrm.web.organisation;

import com.kacrm.persistence.organisation.RegionRow;
import com.kacrm.web.shared.NamedForm;

/** The region form: a new region's code and names, or a region's new names. */
public class RegionForm extends NamedForm {

	private String code;

	static RegionForm of(RegionRow region) {
		RegionForm form = new RegionForm();
		form.code = region.code();
		form.refresh(region);
		return form;
	}

	/** Takes the region's current names and version, e.g. after a concurrent edit. */
	void refresh(RegionRow region) {
		setNameZh(region.name().zh());
		setNameEn(region.name().en());
		setVersion(region.version());
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
