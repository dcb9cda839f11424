package com.kacrm.web.orgchart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places an account's people as a forest of trees, top-down: each subtree gets the width
 * it needs and a manager sits centred over their reports. A large group of reports (a
 * director with a dozen people) wraps into several rows, joined by a trunk on their left,
 * and so do the trees of the forest, so a chart of 60 people stays a few screens wide
 * rather than one long strip. Coordinates are SVG user units; the caller draws.
 */
final class OrgChartLayout {

	static final int BOX_WIDTH = 184;

	static final int BOX_HEIGHT = 96;

	static final int H_GAP = 16;

	static final int V_GAP = 48;

	/** Room left of wrapped rows for the trunk that reaches the lower rows. */
	static final int INDENT = 24;

	static final int MARGIN = 20;

	/** The widest a row of reports grows before the next one wraps: six boxes. */
	static final int MAX_ROW_WIDTH = 6 * BOX_WIDTH + 5 * H_GAP;

	/** The widest a row of trees grows before the next tree wraps: eight boxes. */
	static final int MAX_FOREST_WIDTH = 8 * BOX_WIDTH + 7 * H_GAP;

	private OrgChartLayout() {
	}

	/** A person to place, with the manager they report to (null at the top). */
	record Person(long id, Long managerId) {
	}

	/** A person's box, by its top left corner. */
	record Box(long id, int x, int y) {

		int centreX() {
			return this.x + BOX_WIDTH / 2;
		}

		int centreY() {
			return this.y + BOX_HEIGHT / 2;
		}

		boolean overlaps(Box other) {
			return this.x < other.x + BOX_WIDTH && other.x < this.x + BOX_WIDTH && this.y < other.y + BOX_HEIGHT
					&& other.y < this.y + BOX_HEIGHT;
		}

	}

	/** A reporting line from the manager's box down to the report's, as an SVG path. */
	record Line(long from, long to, String path) {
	}

	/** Where everyone goes, and the size of the drawing. */
	record Layout(Map<Long, Box> boxes, List<Line> lines, int width, int height) {

		Box boxOf(long id) {
			return this.boxes.get(id);
		}

	}

	/**
	 * Lays out {@code people} in their order (siblings keep it); a manager who is not
	 * among them puts the person at the top, and a loop of managers (which the domain
	 * forbids) is broken rather than followed.
	 */
	static Layout of(List<Person> people) {
		Map<Long, Person> byId = new LinkedHashMap<>();
		people.forEach((person) -> byId.put(person.id(), person));
		Map<Long, List<Person>> reports = new HashMap<>();
		List<Person> roots = new ArrayList<>();
		for (Person person : people) {
			if (person.managerId() != null && byId.containsKey(person.managerId())
					&& !person.managerId().equals(person.id())) {
				reports.computeIfAbsent(person.managerId(), (id) -> new ArrayList<>()).add(person);
			}
			else {
				roots.add(person);
			}
		}
		Set<Long> seen = new HashSet<>();
		List<Subtree> trees = new ArrayList<>();
		for (Person root : roots) {
			trees.add(Subtree.of(root, reports, seen));
		}
		for (Person person : people) {
			if (!seen.contains(person.id())) {
				trees.add(Subtree.of(person, reports, seen));
			}
		}
		Map<Long, Box> boxes = new LinkedHashMap<>();
		List<Line> lines = new ArrayList<>();
		int width = 0;
		int top = MARGIN;
		for (List<Subtree> row : pack(trees, MAX_FOREST_WIDTH)) {
			int left = MARGIN;
			for (Subtree tree : row) {
				tree.place(left, top, boxes, lines);
				left += tree.width + H_GAP;
			}
			width = Math.max(width, left - H_GAP + MARGIN);
			top += heightOf(row) + V_GAP;
		}
		int height = trees.isEmpty() ? 2 * MARGIN : top - V_GAP + MARGIN;
		return new Layout(boxes, lines, Math.max(width, 2 * MARGIN + BOX_WIDTH), height);
	}

	/**
	 * Rows of subtrees, each at most {@code maxWidth} wide unless one tree alone is
	 * wider.
	 */
	private static List<List<Subtree>> pack(List<Subtree> trees, int maxWidth) {
		List<List<Subtree>> rows = new ArrayList<>();
		List<Subtree> row = new ArrayList<>();
		int rowWidth = 0;
		for (Subtree tree : trees) {
			if (!row.isEmpty() && rowWidth + H_GAP + tree.width > maxWidth) {
				rows.add(row);
				row = new ArrayList<>();
				rowWidth = 0;
			}
			rowWidth += (row.isEmpty() ? 0 : H_GAP) + tree.width;
			row.add(tree);
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		return rows;
	}

	private static int widthOf(List<Subtree> row) {
		return row.stream().mapToInt((tree) -> tree.width).sum() + H_GAP * (row.size() - 1);
	}

	private static int heightOf(List<Subtree> row) {
		return row.stream().mapToInt((tree) -> tree.height).max().orElse(0);
	}

	/** A person with everyone below them, measured. */
	private static final class Subtree {

		private final Person person;

		private final List<List<Subtree>> rows;

		private final int rowsWidth;

		private final int indent;

		private final int width;

		private final int height;

		private Subtree(Person person, List<Subtree> children) {
			this.person = person;
			this.rows = pack(children, MAX_ROW_WIDTH);
			this.rowsWidth = this.rows.stream().mapToInt(OrgChartLayout::widthOf).max().orElse(0);
			this.indent = (this.rows.size() > 1) ? INDENT : 0;
			if (children.isEmpty()) {
				this.width = BOX_WIDTH;
				this.height = BOX_HEIGHT;
			}
			else {
				this.width = Math.max(BOX_WIDTH, this.indent + this.rowsWidth);
				this.height = BOX_HEIGHT + V_GAP + this.rows.stream().mapToInt(OrgChartLayout::heightOf).sum()
						+ V_GAP * (this.rows.size() - 1);
			}
		}

		static Subtree of(Person person, Map<Long, List<Person>> reports, Set<Long> seen) {
			seen.add(person.id());
			List<Subtree> children = new ArrayList<>();
			for (Person report : reports.getOrDefault(person.id(), List.of())) {
				if (!seen.contains(report.id())) {
					children.add(of(report, reports, seen));
				}
			}
			return new Subtree(person, children);
		}

		void place(int left, int top, Map<Long, Box> boxes, List<Line> lines) {
			Box box = new Box(this.person.id(), left + (this.width - BOX_WIDTH) / 2, top);
			boxes.put(box.id(), box);
			if (this.rows.isEmpty()) {
				return;
			}
			int groupLeft = left + (this.width - this.indent - this.rowsWidth) / 2 + this.indent;
			int trunkX = groupLeft - INDENT / 2;
			int parentX = box.centreX();
			int parentBottom = top + BOX_HEIGHT;
			int firstBus = parentBottom + V_GAP / 2;
			int rowTop = parentBottom + V_GAP;
			for (int i = 0; i < this.rows.size(); i++) {
				List<Subtree> row = this.rows.get(i);
				int x = groupLeft + (this.rowsWidth - widthOf(row)) / 2;
				int bus = rowTop - V_GAP / 2;
				for (Subtree child : row) {
					child.place(x, rowTop, boxes, lines);
					int childX = boxes.get(child.person.id()).centreX();
					String path = (i == 0)
							? "M" + parentX + " " + parentBottom + " V" + bus + " H" + childX + " V" + rowTop
							: "M" + parentX + " " + parentBottom + " V" + firstBus + " H" + trunkX + " V" + bus + " H"
									+ childX + " V" + rowTop;
					lines.add(new Line(this.person.id(), child.person.id(), path));
					x += child.width + H_GAP;
				}
				rowTop += heightOf(row) + V_GAP;
			}
		}

	}

}
