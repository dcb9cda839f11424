package com.kacrm.web.orgchart;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kacrm.domain.contact.RelationshipDepth;
import com.kacrm.persistence.orgchart.OrgChart;
import com.kacrm.persistence.orgchart.OrgChartEdge;
import com.kacrm.persistence.orgchart.OrgChartNode;
import com.kacrm.web.orgchart.OrgChartLayout.Box;
import com.kacrm.web.orgchart.OrgChartLayout.Layout;

/**
 * What the org chart's SVG draws: each person's box at its place with the texts shortened
 * to fit, the reporting lines as elbows and the influence lines as curves between the
 * boxes' edges. The template only writes it out.
 */
record OrgChartDrawing(int width, int height, List<DrawnNode> nodes, List<String> reportingLines,
		List<DrawnInfluence> influences) {

	static final int MAX_NAME = 9;

	static final int MAX_TITLE = 14;

	/** Gap between an influence arrow's tip and the box it points at. */
	private static final int ARROW_GAP = 4;

	static OrgChartDrawing of(OrgChart chart) {
		Layout layout = OrgChartLayout.of(chart.nodes()
			.stream()
			.map((node) -> new OrgChartLayout.Person(node.id(), node.reportsToId()))
			.toList());
		Map<Long, OrgChartNode> byId = chart.nodes()
			.stream()
			.collect(Collectors.toMap(OrgChartNode::id, Function.identity()));
		List<DrawnNode> nodes = chart.nodes().stream().map((node) -> {
			Box box = layout.boxOf(node.id());
			return new DrawnNode(node, box.x(), box.y(), shorten(node.name(), MAX_NAME),
					shorten(node.title(), MAX_TITLE), dots(node.depth()),
					(node.support() != null) ? "support-" + node.support().name().toLowerCase() : "support-none");
		}).toList();
		List<DrawnInfluence> influences = chart.influences()
			.stream()
			.filter((edge) -> byId.containsKey(edge.from()) && byId.containsKey(edge.to()))
			.map((edge) -> new DrawnInfluence(edge, byId.get(edge.from()).name(), byId.get(edge.to()).name(),
					curve(layout.boxOf(edge.from()), layout.boxOf(edge.to()))))
			.toList();
		return new OrgChartDrawing(layout.width(), layout.height(), nodes,
				layout.lines().stream().map(OrgChartLayout.Line::path).toList(), influences);
	}

	static String shorten(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max - 1) + "…";
	}

	/** The depth as filled and empty dots, e.g. ●●●○○ for 3 of 5. */
	static String dots(int depth) {
		int filled = Math.max(0, Math.min(RelationshipDepth.MAX, depth));
		return "●".repeat(filled) + "○".repeat(RelationshipDepth.MAX - filled);
	}

	/**
	 * A curve from the edge of one box to the edge of the other, bowed to one side so a
	 * line in each direction between the same two people stays apart.
	 */
	static String curve(Box from, Box to) {
		double[] start = edgePoint(from, to.centreX() - from.centreX(), to.centreY() - from.centreY(), 0);
		double[] end = edgePoint(to, from.centreX() - to.centreX(), from.centreY() - to.centreY(), ARROW_GAP);
		double dx = end[0] - start[0];
		double dy = end[1] - start[1];
		double length = Math.max(1, Math.hypot(dx, dy));
		double bend = Math.min(60, length * 0.2);
		double controlX = (start[0] + end[0]) / 2 - dy / length * bend;
		double controlY = (start[1] + end[1]) / 2 + dx / length * bend;
		return "M" + round(start[0]) + " " + round(start[1]) + " Q" + round(controlX) + " " + round(controlY) + " "
				+ round(end[0]) + " " + round(end[1]);
	}

	/** Where a line from the box's centre in direction (dx, dy) leaves the box. */
	private static double[] edgePoint(Box box, double dx, double dy, int gap) {
		double halfWidth = OrgChartLayout.BOX_WIDTH / 2.0 + gap;
		double halfHeight = OrgChartLayout.BOX_HEIGHT / 2.0 + gap;
		if (dx == 0 && dy == 0) {
			return new double[] { box.centreX(), box.centreY() };
		}
		double scale = Math.min((dx != 0) ? halfWidth / Math.abs(dx) : Double.MAX_VALUE,
				(dy != 0) ? halfHeight / Math.abs(dy) : Double.MAX_VALUE);
		return new double[] { box.centreX() + dx * scale, box.centreY() + dy * scale };
	}

	private static long round(double value) {
		return Math.round(value);
	}

	/**
	 * One person's box: the node, its top left corner, the texts as shown and the CSS
	 * class of its support colour.
	 */
	record DrawnNode(OrgChartNode node, int x, int y, String name, String title, String depthDots,
			String supportClass) {

		public int right() {
			return this.x + OrgChartLayout.BOX_WIDTH;
		}

	}

	/** One influence line with the names of both people, for its tooltip. */
	record DrawnInfluence(OrgChartEdge edge, String fromName, String toName, String path) {
	}

}
