package com.kacrm.web.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.kacrm.domain.valuation.ValueGroup;
import com.kacrm.persistence.valuation.ValuationRow;

/**
 * The value trend as a small line chart drawn on the server (inline SVG, no script): the
 * current, potential and strategic scores (1–5) of each assessment, oldest on the left,
 * assessments evenly spaced.
 *
 * @param series one line per value group
 * @param yTicks the horizontal grid lines at scores 1 to 5
 * @param xTicks the dates below the axis (at most {@value #MAX_X_LABELS})
 */
public record ValueTrendChart(List<Series> series, List<Tick> yTicks, List<Tick> xTicks) {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	static final int LEFT = 36;

	static final int RIGHT = 16;

	static final int TOP = 12;

	static final int BOTTOM = 36;

	static final int MAX_X_LABELS = 8;

	static ValueTrendChart of(List<ValuationRow> trend, ZoneId zone) {
		List<Series> series = new ArrayList<>();
		series.add(series(ValueGroup.CURRENT, trend, ValuationRow::currentScore));
		series.add(series(ValueGroup.POTENTIAL, trend, ValuationRow::potentialScore));
		series.add(series(ValueGroup.STRATEGIC, trend, ValuationRow::strategicScore));
		List<Tick> yTicks = new ArrayList<>();
		for (int score = 1; score <= 5; score++) {
			yTicks.add(new Tick(LEFT, y(BigDecimal.valueOf(score)), Integer.toString(score)));
		}
		List<Tick> xTicks = new ArrayList<>();
		int step = Math.max(1, (int) Math.ceil(trend.size() / (double) MAX_X_LABELS));
		for (int i = 0; i < trend.size(); i += step) {
			LocalDate date = LocalDate.ofInstant(trend.get(i).assessedAt(), zone);
			xTicks.add(new Tick(x(i, trend.size()), HEIGHT - BOTTOM + 16, date.toString()));
		}
		return new ValueTrendChart(series, yTicks, xTicks);
	}

	private static Series series(ValueGroup group, List<ValuationRow> trend, Function<ValuationRow, BigDecimal> score) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < trend.size(); i++) {
			BigDecimal value = score.apply(trend.get(i));
			points.add(new Point(x(i, trend.size()), y(value), value.toPlainString()));
		}
		return new Series(group, points);
	}

	static double x(int index, int count) {
		double plot = WIDTH - LEFT - RIGHT;
		return round(LEFT + ((count <= 1) ? plot / 2 : plot * index / (count - 1)));
	}

	static double y(BigDecimal score) {
		double plot = HEIGHT - TOP - BOTTOM;
		return round(TOP + (5 - score.doubleValue()) / 4 * plot);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The chart's coordinate system, for the SVG's viewBox. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** The right end of the grid lines. */
	public int plotRight() {
		return WIDTH - RIGHT;
	}

	/** One group's line. */
	public record Series(ValueGroup group, List<Point> points) {

		/** The polyline's points attribute. */
		public String pointList() {
			StringBuilder list = new StringBuilder();
			for (Point point : this.points) {
				list.append((list.length() > 0) ? " " : "").append(point.x()).append(',').append(point.y());
			}
			return list.toString();
		}

		/** The CSS class of the line's colour. */
		public String cssClass() {
			return "trend-" + this.group.name().toLowerCase(Locale.ROOT);
		}

	}

	/** One assessment's score on a line. */
	public record Point(double x, double y, String label) {

	}

	/** A label on an axis at (x, y). */
	public record Tick(double x, double y, String label) {

	}

}
