package com.kacrm.app.lead;

import java.util.List;

import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.lead.DistributionOutcome;
import com.kacrm.persistence.lead.LeadDistributionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends every region's lead sheet to its managers on a schedule (定期转发), by default each
 * Monday at 08:00 China time ({@code crm.leads.distribution.cron}, {@code -} to turn it
 * off). Regions without new leads are skipped; a region another node is sending at the
 * same moment is skipped too, so the sheet goes out once.
 */
@Component
class LeadDistributionSchedule {

	/** The name the sheets and their history show as sender. */
	static final Actor SCHEDULE = Actor.system("定期转发");

	private static final Logger logger = LoggerFactory.getLogger(LeadDistributionSchedule.class);

	private final LeadDistributionService distribution;

	LeadDistributionSchedule(LeadDistributionService distribution) {
		this.distribution = distribution;
	}

	@Scheduled(cron = "${crm.leads.distribution.cron:0 0 8 * * MON}", zone = "${crm.display-time-zone:Asia/Shanghai}")
	void distribute() {
		List<DistributionOutcome> outcomes = this.distribution.distributeAll(SCHEDULE);
		for (DistributionOutcome outcome : outcomes) {
			logger.info("Lead sheet of region {}: {} ({} leads)", outcome.regionCode(), outcome.result(),
					outcome.leadCount());
		}
	}

}
