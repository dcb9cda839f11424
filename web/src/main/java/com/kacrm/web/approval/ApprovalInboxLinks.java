package com.kacrm.web.approval;

import com.kacrm.persistence.approval.ApprovalTab;
import com.kacrm.web.shared.ListLinks;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The approval inbox's links, each keeping the current tab and filters: to another page,
 * to the list sorted by a column, to another tab (filters kept) and to the unfiltered
 * tab.
 */
public final class ApprovalInboxLinks extends ListLinks {

	static final String PATH = "/approvals";

	private final ApprovalInboxParams params;

	private final ApprovalTab tab;

	ApprovalInboxLinks(ApprovalInboxParams params, ApprovalTab tab, Sort sort, int size) {
		super(PATH, sort, size, ApprovalInboxController.PAGE_SIZE);
		this.params = params;
		this.tab = tab;
	}

	@Override
	protected UriComponentsBuilder withFilters(UriComponentsBuilder builder) {
		return this.params.addTo(builder, this.tab);
	}

	/** The tab {@code code} (pending, mine, all) with the same filters. */
	public String tab(String code) {
		ApprovalTab other = ApprovalTab.of(code);
		return this.params.addTo(UriComponentsBuilder.fromPath(PATH), (other != null) ? other : this.tab)
			.build(true)
			.toUriString();
	}

	/** The current tab without filters or sort. */
	public String reset() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(PATH);
		ListLinks.addParam(builder, "tab", this.tab.code());
		return builder.build(true).toUriString();
	}

}
