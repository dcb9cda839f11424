package com.kacrm.domain.contact;

import java.util.HashMap;
import java.util.Map;

import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reporting lines of an org chart stay a forest: a move that would make someone their
 * own (indirect) manager is refused, whatever the depth of the chain.
 */
class ReportingLinesTests {

	/**
	 * 1 general manager ← 2 purchasing director ← 3 buyer ← 4 assistant; 5 on their own.
	 */
	final ReportingLines chart = new ReportingLines(Map.of(2L, 1L, 3L, 2L, 4L, 3L));

	@Test
	void aPersonCannotReportToThemselves() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.chart.checkMove(3L, 3L))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("reportsToId");
				assertThat(v.messageKey()).isEqualTo("contact.error.reportingCycle");
			}));
	}

	@Test
	void aManagerCannotReportToTheirDirectReport() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.chart.checkMove(1L, 2L))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.reportingCycle"));
	}

	@Test
	void aManagerCannotReportToAnIndirectReportFarDown() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.chart.checkMove(1L, 4L));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.chart.checkMove(2L, 4L));
	}

	@Test
	void movesWithinTheTreeThatCloseNoCycleAreFine() {
		assertThatCode(() -> this.chart.checkMove(4L, 1L)).doesNotThrowAnyException();
		assertThatCode(() -> this.chart.checkMove(5L, 4L)).doesNotThrowAnyException();
		assertThatCode(() -> this.chart.checkMove(1L, 5L)).doesNotThrowAnyException();
		assertThatCode(() -> this.chart.checkMove(3L, 1L)).doesNotThrowAnyException();
	}

	@Test
	void movingToTheTopOfTheChartIsAlwaysFine() {
		assertThatCode(() -> this.chart.checkMove(4L, null)).doesNotThrowAnyException();
		assertThatCode(() -> this.chart.checkMove(1L, null)).doesNotThrowAnyException();
	}

	@Test
	void aNewPersonWithoutIdYetClosesNoCycle() {
		assertThatCode(() -> this.chart.checkMove(null, 4L)).doesNotThrowAnyException();
	}

	@Test
	@Timeout(2)
	void aLoopAlreadyInTheDataDoesNotHangTheCheck() {
		Map<Long, Long> corrupted = new HashMap<>();
		corrupted.put(10L, 11L);
		corrupted.put(11L, 12L);
		corrupted.put(12L, 10L);
		ReportingLines lines = new ReportingLines(corrupted);
		assertThatCode(() -> lines.checkMove(20L, 10L)).doesNotThrowAnyException();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> lines.checkMove(11L, 10L));
	}

	@Test
	void managersWithoutReportsAreNoManagers() {
		Map<Long, Long> withNull = new HashMap<>();
		withNull.put(2L, 1L);
		withNull.put(3L, null);
		ReportingLines lines = new ReportingLines(withNull);
		assertThat(lines.hasReports(1L)).isTrue();
		assertThat(lines.hasReports(2L)).isFalse();
		assertThat(lines.hasReports(3L)).isFalse();
	}

}
