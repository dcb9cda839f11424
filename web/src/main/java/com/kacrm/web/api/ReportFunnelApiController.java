package com.kacrm.web.api;

import java.util.List;

import com.kacrm.persistence.report.FunnelReport;
import com.kacrm.persistence.report.FunnelResult;
import com.kacrm.persistence.report.FunnelStage;
import com.kacrm.persistence.report.FunnelTotals;
import com.kacrm.persistence.report.ReportFilter;
import com.kacrm.persistence.report.StalledDeals;
import com.kacrm.persistence.report.StalledDealsReport;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.report.FunnelDefaults;
import com.kacrm.web.report.ReportFilterForm;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pipeline funnel as JSON (issue 9), with the screen's filters ({@code team, owner,
 * industry, tier, from, to, stalledDays}) and scope: eight stages in milestone order, the
 * totals, the filter actually used and how many deals are stalled.
 */
@RestController
class ReportFunnelApiController {

	private final FunnelReport funnel;

	private final StalledDealsReport stalled;

	private final BusinessCalendar calendar;

	private final int stalledAfterDays;

	ReportFunnelApiController(FunnelReport funnel, StalledDealsReport stalled, BusinessCalendar calendar,
			@Value("${crm.reports.stalled-after-days:30}") int stalledAfterDays) {
		this.funnel = funnel;
		this.stalled = stalled;
		this.calendar = calendar;
		this.stalledAfterDays = stalledAfterDays;
	}

	@GetMapping("/api/v1/reports/funnel")
	FunnelAnswer funnel(@ParameterObject ReportFilterForm form,
			@RequestParam(name = "stalledDays", required = false) Integer stalledDays,
			@AuthenticationPrincipal CurrentUser user) {
		ReportFilter filter = FunnelDefaults.filter(form, this.calendar.today());
		int days = FunnelDefaults.stalledDays(stalledDays, this.stalledAfterDays);
		FunnelResult result = this.funnel.funnel(user.viewer(), filter);
		StalledDeals stalledDeals = this.stalled.stalled(user.viewer(), filter, days);
		return new FunnelAnswer(result.stages(), result.totals(), filter,
				new StalledSummary(stalledDeals.days(), stalledDeals.total()));
	}

	record FunnelAnswer(List<FunnelStage> stages, FunnelTotals totals, ReportFilter filter, StalledSummary stalled) {

	}

	record StalledSummary(int days, long total) {

	}

}
