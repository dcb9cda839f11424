package com.kacrm.web.orgchart;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.web.orgchart.OrgChartLayout.Box;
import com.kacrm.web.orgchart.OrgChartLayout.Layout;
import com.kacrm.web.orgchart.OrgChartLayout.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The org chart's layout: boxes never overlap, managers sit above and centred over their
 * reports, and large groups wrap so the drawing stays readable with 60 people.
 */
class OrgChartLayoutTests {

	@Test
	void sixtyPeopleWithAManagerOfFifteenNeverOverlapAndManagersStayAboveTheirReports() {
		List<Person> people = sixtyPeople();

		Layout layout = OrgChartLayout.of(people);

		assertThat(layout.boxes()).hasSize(60);
		List<Box> boxes = new ArrayList<>(layout.boxes().values());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertThat(boxes.get(i).overlaps(boxes.get(j)))
					.as("boxes of %d and %d overlap", boxes.get(i).id(), boxes.get(j).id())
					.isFalse();
			}
			assertThat(boxes.get(i).x()).isGreaterThanOrEqualTo(OrgChartLayout.MARGIN);
			assertThat(boxes.get(i).x() + OrgChartLayout.BOX_WIDTH).isLessThanOrEqualTo(layout.width());
			assertThat(boxes.get(i).y() + OrgChartLayout.BOX_HEIGHT).isLessThanOrEqualTo(layout.height());
		}
		for (Person person : people) {
			if (person.managerId() != null) {
				assertThat(layout.boxOf(person.id()).y()).as("%d below its manager", person.id())
					.isGreaterThanOrEqualTo(
							layout.boxOf(person.managerId()).y() + OrgChartLayout.BOX_HEIGHT + OrgChartLayout.V_GAP);
			}
		}
		assertThat(layout.lines()).hasSize((int) people.stream().filter((p) -> p.managerId() != null).count());
	}

	@Test
	void fifteenReportsWrapIntoRowsSoTheDrawingStaysNarrow() {
		List<Person> people = sixtyPeople();

		Layout layout = OrgChartLayout.of(people);

		List<Box> reports = people.stream()
			.filter((person) -> Long.valueOf(2).equals(person.managerId()))
			.map((person) -> layout.boxOf(person.id()))
			.toList();
		assertThat(reports).hasSize(15);
		assertThat(reports.stream().map(Box::y).distinct().count()).isGreaterThanOrEqualTo(3);
		int left = reports.stream().mapToInt(Box::x).min().orElseThrow();
		int right = reports.stream().mapToInt(Box::x).max().orElseThrow() + OrgChartLayout.BOX_WIDTH;
		assertThat(right - left).isLessThanOrEqualTo(OrgChartLayout.MAX_ROW_WIDTH);
		int unwrapped = 15 * OrgChartLayout.BOX_WIDTH + 14 * OrgChartLayout.H_GAP;
		assertThat(layout.width()).isLessThan(unwrapped)
			.isLessThanOrEqualTo(OrgChartLayout.MAX_FOREST_WIDTH + 2 * OrgChartLayout.MARGIN);
	}

	@Test
	void aManagerIsCentredOverASingleRowOfReports() {
		List<Person> people = List.of(new Person(1, null), new Person(2, 1L), new Person(3, 1L), new Person(4, 1L));

		Layout layout = OrgChartLayout.of(people);

		int first = layout.boxOf(2).centreX();
		int last = layout.boxOf(4).centreX();
		assertThat(layout.boxOf(1).centreX()).isEqualTo((first + last) / 2);
		assertThat(layout.boxOf(3).y()).isEqualTo(layout.boxOf(2).y());
		assertThat(layout.lines()).extracting(OrgChartLayout.Line::path)
			.allSatisfy((path) -> assertThat(path).startsWith("M" + layout.boxOf(1).centreX() + " "));
	}

	@Test
	void aLoopOfManagersOrAMissingManagerStillPlacesEveryone() {
		List<Person> people = List.of(new Person(1, 2L), new Person(2, 1L), new Person(3, 99L));

		Layout layout = OrgChartLayout.of(people);

		assertThat(layout.boxes()).containsOnlyKeys(1L, 2L, 3L);
	}

	@Test
	void anEmptyChartHasAnEmptyDrawing() {
		Layout layout = OrgChartLayout.of(List.of());

		assertThat(layout.boxes()).isEmpty();
		assertThat(layout.height()).isEqualTo(2 * OrgChartLayout.MARGIN);
	}

	/**
	 * A chairman; a general manager under him with 15 reports; four directors with three
	 * to six people each and some with a team below; and a few people nobody placed yet.
	 */
	private static List<Person> sixtyPeople() {
		List<Person> people = new ArrayList<>();
		people.add(new Person(1, null));
		people.add(new Person(2, 1L));
		long next = 3;
		for (int i = 0; i < 15; i++) {
			people.add(new Person(next++, 2L));
		}
		for (int director = 0; director < 4; director++) {
			long directorId = next++;
			people.add(new Person(directorId, 1L));
			for (int report = 0; report < 3 + director; report++) {
				long reportId = next++;
				people.add(new Person(reportId, directorId));
				if (report == 0) {
					people.add(new Person(next++, reportId));
					people.add(new Person(next++, reportId));
				}
			}
		}
		while (next <= 60) {
			people.add(new Person(next++, null));
		}
		return people;
	}

}
