package com.kacrm.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.report.KpiFigures;
import com.kacrm.persistence.report.KpiReport;
import com.kacrm.persistence.report.KpiResult;
import com.kacrm.persistence.report.ReportFilter;
import com.kacrm.web.report.ReportFilterForm;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manager KPIs (issue 9) as JSON, with the screen's filters ({@code team, owner,
 * from, to}; the period defaults to this calendar quarter) and scope (a rep gets only
 * their own line). Amounts in 万元; {@code cadenceKeptPercent} is null for a rep without
 * accounts.
 */
@RestController
class ReportKpisApiController {

	private final KpiReport kpis;

	ReportKpisApiController(KpiReport kpis) {
		this.kpis = kpis;
	}

	@GetMapping("/api/v1/reports/kpis")
	KpisResource kpis(@ParameterObject ReportFilterForm form, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		ReportFilter filter = form.toFilter(this.kpis.defaultFrom(), this.kpis.defaultTo());
		KpiResult result = this.kpis.report(
				new ReportFilter(filter.teamId(), filter.ownerId(), null, null, filter.from(), filter.to()),
				user.viewer());
		return new KpisResource(result.from(), result.to(),
				result.teams()
					.stream()
					.map((team) -> new TeamResource(team.teamId(), team.name().in(locale), team.reps()
						.stream()
						.map((rep) -> new RepResource(rep.userId(), rep.name(), FiguresResource.of(rep.figures())))
						.toList(), FiguresResource.of(team.total())))
					.toList(),
				FiguresResource.of(result.total()));
	}

	record KpisResource(LocalDate from, LocalDate to, List<TeamResource> teams, FiguresResource total) {

	}

	record TeamResource(long id, String name, List<RepResource> reps, FiguresResource total) {

	}

	record RepResource(long id, String name, FiguresResource figures) {

	}

	record FiguresResource(BigDecimal revenue, long wonDeals, BigDecimal paymentsReceived, long newProjects,
			long approvedProposals, long competitorRecords, long customerRecords, long industryRecords,
			long informationCollected, long accounts, long accountsInTime, BigDecimal cadenceKeptPercent) {

		static FiguresResource of(KpiFigures f) {
			return new FiguresResource(f.revenue(), f.wonDeals(), f.paymentsReceived(), f.newProjects(),
					f.approvedProposals(), f.competitorRecords(), f.customerRecords(), f.industryRecords(),
					f.informationCollected(), f.accounts(), f.accountsInTime(), f.cadenceKeptPercent());
		}

	}

}
