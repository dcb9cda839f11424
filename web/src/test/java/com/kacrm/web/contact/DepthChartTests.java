package com.kacrm.web.contact;

import java.time.Instant;
import java.util.List;

import com.kacrm.persistence.contact.DepthChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The depth trend's step chart: time left to right up to now, depth 1 at the bottom and 5
 * at the top, a step at each change and the target as a line.
 */
class DepthChartTests {

	static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void eachChangeIsAStepAndTheLineRunsOnToNow() {
		List<DepthChange> trend = List.of(new DepthChange(T0, null, 1, "张伟", null),
				new DepthChange(T0.plusSeconds(500), 1, 5, "张伟", "签约"));
		DepthChart chart = DepthChart.of(trend, 4, T0.plusSeconds(1000));

		assertThat(chart.getPoints()).extracting(DepthChart.Point::depth).containsExactly(1, 5);
		DepthChart.Point start = chart.getPoints().get(0);
		DepthChart.Point change = chart.getPoints().get(1);
		assertThat(start.x()).isEqualTo(chart.getLeft());
		assertThat(change.x()).isBetween(chart.getLeft() + 1, chart.getRight() - 1);
		assertThat(change.y()).isLessThan(start.y());
		assertThat(chart.getPath()).isEqualTo(
				"M" + start.x() + " " + start.y() + " H" + change.x() + " V" + change.y() + " H" + chart.getRight());
		assertThat(chart.getLevels()).extracting(DepthChart.Level::depth).containsExactly(1, 2, 3, 4, 5);
		assertThat(chart.getLevels().get(0).y()).isEqualTo(start.y());
		assertThat(chart.getTargetY()).isEqualTo(chart.getLevels().get(3).y());
	}

	@Test
	void aSingleDepthWithoutTargetIsAFlatLine() {
		DepthChart chart = DepthChart.of(List.of(new DepthChange(T0, null, 3, null, null)), null, T0);
		DepthChart.Point only = chart.getPoints().get(0);
		assertThat(chart.getPath()).isEqualTo("M" + chart.getLeft() + " " + only.y() + " H" + chart.getRight());
		assertThat(chart.getTargetY()).isNull();
		assertThat(only.y()).isBetween(0, chart.getHeight());
	}

}
