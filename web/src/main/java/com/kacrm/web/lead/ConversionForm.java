package com.kacrm.web.lead;

import com.kacrm.persistence.lead.ConversionPreview;
import com.kacrm.persistence.lead.ConversionRequest;

/**
 * The conversion form: the version of the lead the user saw, whether to open the first
 * opportunity and its name, and the confirmation that the lead is not one of the matching
 * accounts.
 */
public class ConversionForm {

	private Long version;

	private boolean createOpportunity;

	private String opportunityName;

	private boolean duplicatesConfirmed;

	static ConversionForm of(ConversionPreview preview) {
		ConversionForm form = new ConversionForm();
		form.version = preview.version();
		form.opportunityName = preview.defaultOpportunityName();
		return form;
	}

	ConversionRequest request() {
		return new ConversionRequest(this.createOpportunity, this.opportunityName);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean isCreateOpportunity() {
		return this.createOpportunity;
	}

	public void setCreateOpportunity(boolean createOpportunity) {
		this.createOpportunity = createOpportunity;
	}

	public String getOpportunityName() {
		return this.opportunityName;
	}

	public void setOpportunityName(String opportunityName) {
		this.opportunityName = opportunityName;
	}

	public boolean isDuplicatesConfirmed() {
		return this.duplicatesConfirmed;
	}

	public void setDuplicatesConfirmed(boolean duplicatesConfirmed) {
		this.duplicatesConfirmed = duplicatesConfirmed;
	}

}
