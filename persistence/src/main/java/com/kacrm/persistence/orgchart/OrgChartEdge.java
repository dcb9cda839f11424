package com.kacrm.persistence.orgchart;

/**
 * A line on the org chart: a reporting line from the manager to the report, or an
 * informal influence line from the one who influences to the one influenced.
 *
 * @param influenceId the influence line's id, to remove it; null for reporting lines
 * @param note what the influence is about; null for reporting lines
 */
public record OrgChartEdge(Type type, long from, long to, String note, Long influenceId) {

	/** The two kinds of lines, drawn differently. */
	public enum Type {

		REPORTING, INFLUENCE

	}

	static OrgChartEdge reporting(long managerId, long reportId) {
		return new OrgChartEdge(Type.REPORTING, managerId, reportId, null, null);
	}

}
