package com.kacrm.persistence.approval;

import java.time.Instant;
import java.time.LocalDate;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The approval report for 市场策划部 on the real database: a request counts in the period of
 * its approval day in the display time zone (Asia/Shanghai), admins see every team,
 * managers their teams, reps nothing. Each test rolls back.
 */
@PersistenceTest
class ApprovalReportServiceIntegrationTests {

	/** 2021-03-01 00:30 in Shanghai, still February in UTC. */
	static final Instant FIRST_MINUTES_OF_MARCH = Instant.parse("2021-02-28T16:30:00Z");

	/** 2021-03-31 23:59 in Shanghai. */
	static final Instant LAST_MINUTE_OF_MARCH = Instant.parse("2021-03-31T15:59:00Z");

	/** 2021-04-01 00:01 in Shanghai, still March in UTC. */
	static final Instant FIRST_MINUTE_OF_APRIL = Instant.parse("2021-03-31T16:01:00Z");

	/** 2021-02-28 23:59 in Shanghai. */
	static final Instant LAST_MINUTE_OF_FEBRUARY = Instant.parse("2021-02-28T15:59:00Z");

	static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);

	static final LocalDate MARCH_31 = LocalDate.of(2021, 3, 31);

	@Autowired
	ApprovalReportService reports;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestEntityManager entities;

	ApprovalWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities.getEntityManager(), this.context);
	}

	@Test
	void aRequestCountsInThePeriodOfItsApprovalDayInTheDisplayTimeZone() {
		this.world.approved(this.world.accountId, this.world.southRep, this.world.southManager, "二月底项目", "10", "1000",
				LAST_MINUTE_OF_FEBRUARY);
		String first = this.world
			.approved(this.world.accountId, this.world.southRep, this.world.southManager, "三月初项目", "120.5", "50000",
					FIRST_MINUTES_OF_MARCH)
			.getNumber();
		String last = this.world
			.approved(this.world.accountId, this.world.southRep, this.world.southManager, "三月底项目", "80", "30000.25",
					LAST_MINUTE_OF_MARCH)
			.getNumber();
		this.world.approved(this.world.accountId, this.world.southRep, this.world.southManager, "四月初项目", "10", "1000",
				FIRST_MINUTE_OF_APRIL);

		ApprovalReport report = this.reports.approved(MARCH_1, MARCH_31, this.world.southTeam.getCode(),
				this.world.admin);

		assertThat(report.rows())
			.extracting(ApprovalReportRow::number, ApprovalReportRow::projectName, ApprovalReportRow::approvedAt)
			.containsExactly(tuple(first, "三月初项目", FIRST_MINUTES_OF_MARCH), tuple(last, "三月底项目", LAST_MINUTE_OF_MARCH));
		assertThat(report.totalEstimatedAmount()).isEqualByComparingTo("200.5");
		assertThat(report.totalRequestedBudget()).isEqualByComparingTo("80000.25");
		assertThat(this.reports
			.approved(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 1), this.world.southTeam.getCode(),
					this.world.admin)
			.rows()).extracting(ApprovalReportRow::projectName).containsExactly("四月初项目");
	}

	@Test
	void aRowCarriesTheFiguresAsApprovedAndTheDealsMilestoneToday() {
		this.world.approved(this.world.accountId, this.world.southRep, this.world.southManager, "散热器替换项目", "120.5",
				"50000", FIRST_MINUTES_OF_MARCH);

		ApprovalReportRow row = this.reports
			.approved(MARCH_1, MARCH_31, this.world.southTeam.getCode(), this.world.admin)
			.rows()
			.get(0);

		assertThat(row.accountName()).isEqualTo(this.world.accountName);
		assertThat(row.industry()).isNull();
		assertThat(row.teamName().zh()).isEqualTo(this.world.southTeam.getName().zh());
		assertThat(row.requesterName()).isEqualTo(this.world.southRep.name());
		assertThat(row.approvedBy()).isEqualTo(this.world.southManager.name());
		assertThat(row.estimatedAmount()).isEqualByComparingTo("120.5");
		assertThat(row.requestedBudget()).isEqualByComparingTo("50000");
		assertThat(row.expectedContractDate()).isAfter(LocalDate.now());
		assertThat(row.milestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
	}

	@Test
	void aManagerSeesTheApprovalsOfTheirTeamsAdminsAllRepsNone() {
		this.world.approved(this.world.accountId, this.world.southRep, this.world.southManager, "一队项目", "10", "1000",
				FIRST_MINUTES_OF_MARCH);
		this.world.approved(this.world.eastAccountId, this.world.eastRep, this.world.eastManager, "二队项目", "20", "2000",
				LAST_MINUTE_OF_MARCH);

		assertThat(this.reports.approved(MARCH_1, MARCH_31, null, this.world.southManager).rows())
			.extracting(ApprovalReportRow::projectName)
			.containsExactly("一队项目");
		assertThat(this.reports.approved(MARCH_1, MARCH_31, " ", this.world.eastManager).rows())
			.extracting(ApprovalReportRow::projectName)
			.containsExactly("二队项目");
		assertThat(
				this.reports.approved(MARCH_1, MARCH_31, this.world.eastTeam.getCode(), this.world.southManager).rows())
			.as("another team's code shows nothing of it")
			.isEmpty();
		assertThat(this.reports.approved(MARCH_1, MARCH_31, null, this.world.admin).rows())
			.extracting(ApprovalReportRow::projectName)
			.contains("一队项目", "二队项目");
		assertThat(this.reports.teams(this.world.southManager)).extracting(ApprovalReport.TeamChoice::code)
			.contains(this.world.southTeam.getCode())
			.doesNotContain(this.world.eastTeam.getCode());
		assertThat(this.reports.teams(this.world.admin)).extracting(ApprovalReport.TeamChoice::code)
			.contains(this.world.southTeam.getCode(), this.world.eastTeam.getCode());
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.reports.approved(MARCH_1, MARCH_31, null, this.world.southRep));
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.reports.teams(this.world.southRep));
	}

	@Test
	void thePeriodCannotEndBeforeItStarts() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.reports.approved(MARCH_31, MARCH_1, null, this.world.admin))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("to", "approvalReport.error.period")));
	}

}
