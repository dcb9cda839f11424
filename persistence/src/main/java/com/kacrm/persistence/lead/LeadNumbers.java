package com.kacrm.persistence.lead;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

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
class LeadNumbers implements LeadNumberSource {

	private static final String DRAW = "insert into lead_number_counter (region_id, year, last_number)"
			+ " values (:region, :year, :count) on conflict (region_id, year)"
			+ " do update set last_number = lead_number_counter.last_number + excluded.last_number"
			+ " returning last_number";

	private final EntityManager entityManager;

	private final ZoneId zone;

	LeadNumbers(EntityManager entityManager, @Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.entityManager = entityManager;
		this.zone = zone;
	}

	@Override
	public LeadNumber next(Region region, Instant registeredAt) {
		int year = registeredAt.atZone(this.zone).getYear();
		return new LeadNumber(region.getCode(), year, draw(region, year, 1));
	}

	/**
	 * Numbers drawn {@code size} at a time, for the many registrations of one transaction
	 * (an import): one statement per block instead of one per lead. The transaction must
	 * {@link Blocks#close() close} them before it commits, which gives the numbers it did
	 * not use back.
	 */
	Blocks blocks(int size) {
		return new Blocks(size);
	}

	/** The last of {@code count} numbers drawn for the region and year. */
	private int draw(Region region, int year, int count) {
		Number last = (Number) this.entityManager.createNativeQuery(DRAW)
			.setParameter("region", region.getId())
			.setParameter("year", year)
			.setParameter("count", count)
			.getSingleResult();
		return last.intValue();
	}

	/**
	 * Takes {@code number} as it is, e.g. from an imported sheet, moving the counter of
	 * its region and year past it so drawn numbers never meet it.
	 * @throws com.kacrm.domain.shared.ChangeRejected when the number is in use or names
	 * another region
	 */
	@Override
	public LeadNumber keep(LeadNumber number, Region region) {
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

	/**
	 * The blocks of one transaction, a block per region and year. The counter row of a
	 * block stays locked by the transaction, so no one else draws from it until the
	 * transaction ends, and giving unused numbers back leaves no gap.
	 */
	final class Blocks implements LeadNumberSource {

		private final int size;

		/** Per region id and year: the next number to hand out and the block's last. */
		private final Map<Key, int[]> open = new HashMap<>();

		private Blocks(int size) {
			this.size = size;
		}

		@Override
		public LeadNumber next(Region region, Instant registeredAt) {
			int year = registeredAt.atZone(LeadNumbers.this.zone).getYear();
			int[] block = this.open.get(new Key(region.getId(), year));
			if (block == null || block[0] > block[1]) {
				int last = draw(region, year, this.size);
				block = new int[] { last - this.size + 1, last };
				this.open.put(new Key(region.getId(), year), block);
			}
			return new LeadNumber(region.getCode(), year, block[0]++);
		}

		/**
		 * Gives the open block of the number's region and year back first, so the kept
		 * number moves the counter past every number handed out.
		 */
		@Override
		public LeadNumber keep(LeadNumber number, Region region) {
			giveBack(new Key(region.getId(), number.year()));
			return LeadNumbers.this.keep(number, region);
		}

		/** Gives every number drawn and not handed out back to its counter. */
		void close() {
			for (Key key : Map.copyOf(this.open).keySet()) {
				giveBack(key);
			}
		}

		private void giveBack(Key key) {
			int[] block = this.open.remove(key);
			if (block != null && block[0] <= block[1]) {
				LeadNumbers.this.entityManager
					.createNativeQuery("update lead_number_counter set last_number = :used"
							+ " where region_id = :region and year = :year and last_number = :last")
					.setParameter("used", block[0] - 1)
					.setParameter("region", key.regionId())
					.setParameter("year", key.year())
					.setParameter("last", block[1])
					.executeUpdate();
			}
		}

	}

	private record Key(long regionId, int year) {
	}

}
