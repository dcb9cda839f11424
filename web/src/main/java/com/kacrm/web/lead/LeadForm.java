package com.kacrm.web.lead;

import java.math.BigDecimal;

import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.lead.LeadDraft;
import com.kacrm.persistence.lead.LeadView;
import com.kacrm.persistence.lead.NewLead;

/**
 * The lead form: the JTF001 fields a user types (编号 and 登记时间 are the system's), the class
 * set by hand with its reason or left to the tier criteria, the owner (managers and
 * admins), and the confirmation that a possible duplicate is a different customer.
 */
public class LeadForm {

	private String customerName;

	private String regionCode;

	private String industryCode;

	private Integer industryRank;

	private BigDecimal annualRevenue;

	private Tier customerClass;

	private String classReason;

	private String sourceCode;

	private String contactHint;

	private String notes;

	private String ownerUsername;

	private boolean duplicatesConfirmed;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	static LeadForm of(LeadView lead) {
		LeadForm form = new LeadForm();
		form.customerName = lead.customerName();
		form.regionCode = lead.regionCode();
		form.industryCode = lead.industryCode();
		form.industryRank = lead.industryRank();
		form.annualRevenue = lead.annualRevenue();
		form.sourceCode = lead.sourceCode();
		form.contactHint = lead.contactHint();
		form.notes = lead.notes();
		form.version = lead.version();
		return form;
	}

	NewLead toNewLead() {
		return new NewLead(this.customerName, this.regionCode, this.industryCode, this.industryRank, this.annualRevenue,
				this.customerClass, this.classReason, this.sourceCode, this.contactHint, this.notes, this.ownerUsername,
				null);
	}

	LeadDraft toDraft() {
		return toNewLead().draft();
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public void setCustomerName(String customerName) {
		this.customerName = customerName;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getIndustryCode() {
		return this.industryCode;
	}

	public void setIndustryCode(String industryCode) {
		this.industryCode = industryCode;
	}

	public Integer getIndustryRank() {
		return this.industryRank;
	}

	public void setIndustryRank(Integer industryRank) {
		this.industryRank = industryRank;
	}

	public BigDecimal getAnnualRevenue() {
		return this.annualRevenue;
	}

	public void setAnnualRevenue(BigDecimal annualRevenue) {
		this.annualRevenue = annualRevenue;
	}

	public Tier getCustomerClass() {
		return this.customerClass;
	}

	public void setCustomerClass(Tier customerClass) {
		this.customerClass = customerClass;
	}

	public String getClassReason() {
		return this.classReason;
	}

	public void setClassReason(String classReason) {
		this.classReason = classReason;
	}

	public String getSourceCode() {
		return this.sourceCode;
	}

	public void setSourceCode(String sourceCode) {
		this.sourceCode = sourceCode;
	}

	public String getContactHint() {
		return this.contactHint;
	}

	public void setContactHint(String contactHint) {
		this.contactHint = contactHint;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getOwnerUsername() {
		return this.ownerUsername;
	}

	public void setOwnerUsername(String ownerUsername) {
		this.ownerUsername = ownerUsername;
	}

	public boolean isDuplicatesConfirmed() {
		return this.duplicatesConfirmed;
	}

	public void setDuplicatesConfirmed(boolean duplicatesConfirmed) {
		this.duplicatesConfirmed = duplicatesConfirmed;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
