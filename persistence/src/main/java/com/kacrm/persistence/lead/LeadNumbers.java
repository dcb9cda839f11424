package com.kacrm.persistence.lead;

import java.time.Instant;
import java.time.ZoneId;

import com.kacrm.domain.lead.LeadNumber;
import com.kacrm.domain.organisation.Region;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Draws the next lead number of a region and year (China time) from a counter row. The
 * row stays locked until the registering transaction ends, so numbers are unique; a
 * registration that rolls back returns its number, one that fails later leaves a gap.
 */
@Service
class LeadNumbers {

	private final EntityManager entityManager;

	private final ZoneId zone;

	LeadNumbers(EntityManager entityManager, @Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.entityManager = entityManager;
		this.zone = zone;
	}

	LeadNumber next(Region region, Instant registeredAt) {
		int year = registeredAt.atZone(this.zone).getYear();
		Number sequence = (Number) this.entityManager.createNativeQuery(
				"insert into lead_number_counter (region_id, year, last_number) values (:region, :year, 1)"
						+ " on conflict (region_id, year) do update set last_number = lead_number_counter.last_number + 1"
						+ " returning last_number")
			.setParameter("region", region.getId())
			.setParameter("year", year)
			.getSingleResult();
		return new LeadNumber(region.getCode(), year, sequence.intValue());
	}

	/**
	 * Takes {@code number} as it is, e.g. from an imported sheet, moving the counter of
	 * its region and year past it so drawn numbers never meet it.
	 * @throws com.kacrm.domain.shared.ChangeRejected when the number is in use or names
	 * another region
	 */
	LeadNumber keep(LeadNumber number, Region region) {
		if (!number.regionCode().equals(region.getCode())) {
			throw com.kacrm.domain.shared.ChangeRejected.of("number", "lead.error.numberOfOtherRegion",
					number.toString());
		}
		boolean used = !this.entityManager.createQuery("select l.id from Lead l where l.number = :number", Long.class)
			.setParameter("number", number.toString())
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
		if (used) {
			throw com.kacrm.domain.shared.ChangeRejected.of("number", "lead.error.numberInUse", number.toString());
		}
		this.entityManager
			.createNativeQuery(
					"insert into lead_number_counter (region_id, year, last_number) values (:region, :year, :n)"
							+ " on conflict (region_id, year) do update"
							+ " set last_number = greatest(lead_number_counter.last_number, excluded.last_number)")
			.setParameter("region", region.getId())
			.setParameter("year", number.year())
			.setParameter("n", number.sequence())
			.executeUpdate();
		return number;
	}

	ZoneId zone() {
		return this.zone;
	}

}
