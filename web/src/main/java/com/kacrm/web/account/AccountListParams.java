package com.kacrm.web.account;

import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.persistence.account.AccountFilter;

import com.kacrm.web.shared.ListLinks;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The account list's filters as query parameters ({@code q}, {@code region},
 * {@code industry}, {@code tier}, {@code portfolioClass}, {@code owner},
 * {@code relationshipStage}, {@code lifecycle}), shared by the list screen and the API,
 * so a view of the list can be bookmarked.
 */
public class AccountListParams {

	private String q;

	private String region;

	private String industry;

	private Tier tier;

	private PortfolioClass portfolioClass;

	private String owner;

	private RelationshipStage relationshipStage;

	private Lifecycle lifecycle;

	public AccountFilter toFilter() {
		return new AccountFilter(blankToNull(this.q), blankToNull(this.region), blankToNull(this.industry), this.tier,
				this.portfolioClass, blankToNull(this.owner), this.relationshipStage, this.lifecycle);
	}

	/**
	 * Adds the filters that are set to {@code builder}, encoded, so links keep the view;
	 * build it with {@code build(true)}.
	 */
	public UriComponentsBuilder addTo(UriComponentsBuilder builder) {
		ListLinks.addParam(builder, "q", blankToNull(this.q));
		ListLinks.addParam(builder, "region", blankToNull(this.region));
		ListLinks.addParam(builder, "industry", blankToNull(this.industry));
		ListLinks.addParam(builder, "tier", this.tier);
		ListLinks.addParam(builder, "portfolioClass", this.portfolioClass);
		ListLinks.addParam(builder, "owner", blankToNull(this.owner));
		ListLinks.addParam(builder, "relationshipStage", this.relationshipStage);
		ListLinks.addParam(builder, "lifecycle", this.lifecycle);
		return builder;
	}

	/** Whether any filter is set. */
	public boolean isFiltered() {
		return blankToNull(this.q) != null || blankToNull(this.region) != null || blankToNull(this.industry) != null
				|| this.tier != null || this.portfolioClass != null || blankToNull(this.owner) != null
				|| this.relationshipStage != null || this.lifecycle != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getIndustry() {
		return this.industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}

	public Tier getTier() {
		return this.tier;
	}

	public void setTier(Tier tier) {
		this.tier = tier;
	}

	public PortfolioClass getPortfolioClass() {
		return this.portfolioClass;
	}

	public void setPortfolioClass(PortfolioClass portfolioClass) {
		this.portfolioClass = portfolioClass;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public RelationshipStage getRelationshipStage() {
		return this.relationshipStage;
	}

	public void setRelationshipStage(RelationshipStage relationshipStage) {
		this.relationshipStage = relationshipStage;
	}

	public Lifecycle getLifecycle() {
		return this.lifecycle;
	}

	public void setLifecycle(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

}
