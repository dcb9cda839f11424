package com.kacrm.persistence.lead;

/**
 * What distributing the lead sheet did for one region.
 *
 * @param distributionId the sheet sent; null unless {@link Result#SENT}
 */
public record DistributionOutcome(String regionCode, Result result, Long distributionId, int leadCount) {

	/** How a region's distribution ended. */
	public enum Result {

		/** A sheet was sent and its recipients notified. */
		SENT,

		/** The schedule found no new leads and sent nothing. */
		NOTHING_NEW,

		/**
		 * Another node or request was sending this region's sheet at the same moment;
		 * nothing was sent here, so no sheet goes out twice.
		 */
		BUSY

	}

	public boolean sent() {
		return this.result == Result.SENT;
	}

}
