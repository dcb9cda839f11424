package com.kacrm.web.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.contact.RelationshipDepth;
import com.kacrm.persistence.contact.DepthChange;

/**
 * The relationship depth over time as a small step chart, drawn on the server as SVG (no
 * script, no inline style): time runs left to right from the day the person was added to
 * now, depth 1–5 bottom to top, the target depth as a dashed line. Coordinates are in the
 * SVG's own units ({@link #WIDTH} × {@link #HEIGHT}).
 */
public final class DepthChart {

	public static final int WIDTH = 480;

	public static final int HEIGHT = 150;

	private static final int LEFT = 28;

	private static final int RIGHT = 12;

	private static final int TOP = 10;

	private static final int BOTTOM = 14;

	private final String path;

	private final List<Point> points;

	private final List<Level> levels;

	private final Integer targetY;

	private DepthChart(String path, List<Point> points, List<Level> levels, Integer targetY) {
		this.path = path;
		this.points = points;
		this.levels = levels;
		this.targetY = targetY;
	}

	/**
	 * The chart of {@code trend} (oldest first, not empty) up to {@code now}, with the
	 * target line when {@code target} is set.
	 */
	static DepthChart of(List<DepthChange> trend, Integer target, Instant now) {
		Instant start = trend.get(0).at();
		Instant last = trend.get(trend.size() - 1).at();
		Instant end = now.isAfter(last) ? now : last;
		long span = Math.max(1, end.toEpochMilli() - start.toEpochMilli());
		StringBuilder path = new StringBuilder();
		List<Point> points = new ArrayList<>();
		for (DepthChange step : trend) {
			int x = x(step.at(), start, span);
			int y = y(step.toDepth());
			if (path.isEmpty()) {
				path.append("M").append(x).append(' ').append(y);
			}
			else {
				path.append(" H").append(x).append(" V").append(y);
			}
			points.add(new Point(x, y, step.toDepth()));
		}
		path.append(" H").append(WIDTH - RIGHT);
		List<Level> levels = new ArrayList<>();
		for (int depth = RelationshipDepth.MIN; depth <= RelationshipDepth.MAX; depth++) {
			levels.add(new Level(depth, y(depth)));
		}
		Integer targetY = RelationshipDepth.isValid(target) ? y(target) : null;
		return new DepthChart(path.toString(), List.copyOf(points), List.copyOf(levels), targetY);
	}

	private static int x(Instant at, Instant start, long span) {
		double share = (double) (at.toEpochMilli() - start.toEpochMilli()) / span;
		return LEFT + (int) Math.round(share * (WIDTH - LEFT - RIGHT));
	}

	private static int y(int depth) {
		double share = (double) (depth - RelationshipDepth.MIN) / (RelationshipDepth.MAX - RelationshipDepth.MIN);
		return HEIGHT - BOTTOM - (int) Math.round(share * (HEIGHT - TOP - BOTTOM));
	}

	/** The SVG path of the steps. */
	public String getPath() {
		return this.path;
	}

	/** Where the depth was set: the start and each change. */
	public List<Point> getPoints() {
		return this.points;
	}

	/** The horizontal grid line of each depth. */
	public List<Level> getLevels() {
		return this.levels;
	}

	/** The height of the target line, or null without a target. */
	public Integer getTargetY() {
		return this.targetY;
	}

	public int getWidth() {
		return WIDTH;
	}

	public int getHeight() {
		return HEIGHT;
	}

	public int getLeft() {
		return LEFT;
	}

	public int getRight() {
		return WIDTH - RIGHT;
	}

	/** A point where the depth was set. */
	public record Point(int x, int y, int depth) {

	}

	/** A grid line and its label. */
	public record Level(int depth, int y) {

	}

}
