package com.kacrm.app.lead;

import java.time.Clock;

import com.kacrm.persistence.lead.LeadPoolService;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the public pool's rules (公海规则) on the hour ({@code crm.leads.pool.cron}, in the
 * company's time zone): owners are warned before their leads return, leads whose time ran
 * out go back to the pool. Every node may run it; the sweep's advisory lock lets only one
 * sweep at a time.
 */
@Component
public class LeadPoolSchedule {

	private final LeadPoolService pool;

	private final Clock clock;

	LeadPoolSchedule(LeadPoolService pool, Clock clock) {
		this.pool = pool;
		this.clock = clock;
	}

	@Scheduled(cron = "${crm.leads.pool.cron:0 0 * * * *}", zone = "${crm.display-time-zone:Asia/Shanghai}")
	public LeadPoolService.SweepResult sweep() {
		return this.pool.sweep(this.clock.instant());
	}

}
