package com.kacrm.web.account;

import java.math.BigDecimal;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.persistence.account.AccountDraft;
import com.kacrm.persistence.account.AccountView;

/**
 * The account file form (建档), for creating and editing: the basic data, the manual's deep
 * profile, the decision mode, lifecycle and relationship stage; on creation also the team
 * and owner (managers and admins choose them), and the confirmation that a possible
 * duplicate is a different customer. The version is the one the user read.
 */
public class AccountForm {

	private String name;

	private String industryCode;

	private Integer industryRank;

	private BigDecimal annualRevenue;

	private BigDecimal annualPurchase;

	private String address;

	private String phone;

	private String website;

	private String businessCharacteristics;

	private String industryPosition;

	private String distributionCapability;

	private String financialStrength;

	private String commercialCredit;

	private String cooperationIntent;

	private DecisionMode decisionMode;

	private Lifecycle lifecycle;

	private RelationshipStage relationshipStage;

	private String teamCode;

	private String ownerUsername;

	private boolean duplicatesConfirmed;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	/** A new file: a prospect (潜在客户) we are an outsider (局外人) to. */
	static AccountForm blank() {
		AccountForm form = new AccountForm();
		form.lifecycle = Lifecycle.PROSPECT;
		form.relationshipStage = RelationshipStage.OUTSIDER;
		return form;
	}

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		AccountDraft draft = account.draft();
		form.name = draft.name();
		form.industryCode = draft.industryCode();
		form.industryRank = draft.industryRank();
		form.annualRevenue = draft.annualRevenue();
		form.annualPurchase = draft.annualPurchase();
		form.address = draft.address();
		form.phone = draft.phone();
		form.website = draft.website();
		form.businessCharacteristics = draft.businessCharacteristics();
		form.industryPosition = draft.industryPosition();
		form.distributionCapability = draft.distributionCapability();
		form.financialStrength = draft.financialStrength();
		form.commercialCredit = draft.commercialCredit();
		form.cooperationIntent = draft.cooperationIntent();
		form.decisionMode = draft.decisionMode();
		form.lifecycle = draft.lifecycle();
		form.relationshipStage = draft.relationshipStage();
		form.teamCode = account.teamCode();
		form.ownerUsername = account.ownerUsername();
		form.version = account.version();
		return form;
	}

	AccountDraft toDraft() {
		return new AccountDraft(this.name, this.industryCode, this.industryRank, this.annualRevenue,
				this.annualPurchase, this.address, this.phone, this.website, this.businessCharacteristics,
				this.industryPosition, this.distributionCapability, this.financialStrength, this.commercialCredit,
				this.cooperationIntent, this.decisionMode, this.lifecycle, this.relationshipStage);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public BigDecimal getAnnualPurchase() {
		return this.annualPurchase;
	}

	public void setAnnualPurchase(BigDecimal annualPurchase) {
		this.annualPurchase = annualPurchase;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getBusinessCharacteristics() {
		return this.businessCharacteristics;
	}

	public void setBusinessCharacteristics(String businessCharacteristics) {
		this.businessCharacteristics = businessCharacteristics;
	}

	public String getIndustryPosition() {
		return this.industryPosition;
	}

	public void setIndustryPosition(String industryPosition) {
		this.industryPosition = industryPosition;
	}

	public String getDistributionCapability() {
		return this.distributionCapability;
	}

	public void setDistributionCapability(String distributionCapability) {
		this.distributionCapability = distributionCapability;
	}

	public String getFinancialStrength() {
		return this.financialStrength;
	}

	public void setFinancialStrength(String financialStrength) {
		this.financialStrength = financialStrength;
	}

	public String getCommercialCredit() {
		return this.commercialCredit;
	}

	public void setCommercialCredit(String commercialCredit) {
		this.commercialCredit = commercialCredit;
	}

	public String getCooperationIntent() {
		return this.cooperationIntent;
	}

	public void setCooperationIntent(String cooperationIntent) {
		this.cooperationIntent = cooperationIntent;
	}

	public DecisionMode getDecisionMode() {
		return this.decisionMode;
	}

	public void setDecisionMode(DecisionMode decisionMode) {
		this.decisionMode = decisionMode;
	}

	public Lifecycle getLifecycle() {
		return this.lifecycle;
	}

	public void setLifecycle(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	public RelationshipStage getRelationshipStage() {
		return this.relationshipStage;
	}

	public void setRelationshipStage(RelationshipStage relationshipStage) {
		this.relationshipStage = relationshipStage;
	}

	public String getTeamCode() {
		return this.teamCode;
	}

	public void setTeamCode(String teamCode) {
		this.teamCode = teamCode;
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
