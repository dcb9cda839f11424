package com.kacrm.web.agenda;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaRangeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void aWeekRunsFromMondayToSundayAroundTheDate() {
		AgendaRange range = AgendaRange.of("week", LocalDate.of(2026, 11, 29), TODAY);
		assertThat(range.from()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(range.to()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(range.coversToday()).isTrue();
		assertThat(range.previous()).isEqualTo("/agenda?view=week&date=2026-11-16");
		assertThat(range.next()).isEqualTo("/agenda?view=week&date=2026-11-30");
		assertThat(range.current()).isEqualTo("/agenda?view=week&date=2026-11-26");
		assertThat(range.self()).isEqualTo("/agenda?view=week&date=2026-11-29");
	}

	@Test
	void withoutViewOrDateItIsThisWeek() {
		AgendaRange range = AgendaRange.of(null, null, TODAY);
		assertThat(range.week()).isTrue();
		assertThat(range.from()).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void aDayIsOneDayWithItsNeighbours() {
		AgendaRange range = AgendaRange.of("day", LocalDate.of(2026, 12, 1), TODAY);
		assertThat(range.from()).isEqualTo(range.to()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(range.coversToday()).isFalse();
		assertThat(range.previous()).isEqualTo("/agenda?view=day&date=2026-11-30");
		assertThat(range.next()).isEqualTo("/agenda?view=day&date=2026-12-02");
		assertThat(range.asWeek()).isEqualTo("/agenda?view=week&date=2026-12-01");
	}

}
