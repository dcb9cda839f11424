package com.kacrm.persistence.reference;

import java.util.List;
import java.util.Map;

import com.kacrm.persistence.shared.SortKeys;
import com.kacrm.persistence.shared.UnsupportedSortException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the reference data every screen needs: industries with their strategy class and
 * lead sources.
 */
@Service
public class ReferenceDataService {

	private static final SortKeys INDUSTRY_SORT = new SortKeys(
			Map.of("code", "code", "name", "name.zh", "strategyClass", "strategyClass", "sortOrder", "sortOrder"),
			Sort.by("sortOrder", "id"));

	private final IndustryRepository industries;

	private final LeadSourceRepository leadSources;

	ReferenceDataService(IndustryRepository industries, LeadSourceRepository leadSources) {
		this.industries = industries;
		this.leadSources = leadSources;
	}

	/**
	 * A page of industries. Sorting defaults to the admin's order.
	 * @throws UnsupportedSortException when the pageable sorts by an unknown key
	 */
	@Transactional(readOnly = true)
	public Page<IndustryRow> industries(Pageable pageable) {
		return this.industries.findAll(INDUSTRY_SORT.translate(pageable)).map(IndustryRow::of);
	}

	@Transactional(readOnly = true)
	public List<LeadSourceRow> leadSources() {
		return this.leadSources.findAllWithParent().stream().map(LeadSourceRow::of).toList();
	}

	@Transactional(readOnly = true)
	public long industryCount() {
		return this.industries.count();
	}

}
