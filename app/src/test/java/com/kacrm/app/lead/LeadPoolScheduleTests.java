package com.kacrm.app.lead;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.kacrm.persistence.lead.LeadPoolService;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The pool job sweeps at the application clock's time, hourly in China time by default.
 */
class LeadPoolScheduleTests {

	@Test
	void theJobSweepsAtTheClocksTime() {
		Instant now = Instant.parse("2026-11-23T01:00:00Z");
		LeadPoolService pool = mock(LeadPoolService.class);
		LeadPoolService.SweepResult result = new LeadPoolService.SweepResult(false, 2, 3);
		given(pool.sweep(now)).willReturn(result);
		assertThat(new LeadPoolSchedule(pool, Clock.fixed(now, ZoneOffset.UTC)).sweep()).isSameAs(result);
	}

	@Test
	void theJobRunsOnTheHourInTheCompanysZone() throws NoSuchMethodException {
		Method sweep = LeadPoolSchedule.class.getMethod("sweep");
		Scheduled scheduled = sweep.getAnnotation(Scheduled.class);
		assertThat(scheduled.cron()).isEqualTo("${crm.leads.pool.cron:0 0 * * * *}");
		assertThat(scheduled.zone()).isEqualTo("${crm.display-time-zone:Asia/Shanghai}");
	}

}
