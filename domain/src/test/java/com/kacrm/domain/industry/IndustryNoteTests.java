package com.kacrm.domain.industry;

import java.time.Instant;

import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IndustryNoteTests {

	static final Instant AT = Instant.parse("2026-05-04T02:00:00Z");

	final Industry autoParts = new Industry("AUTO_PARTS", new LocalizedName("汽车配件", "Auto parts"),
			StrategyClass.MAINSTREAM, StrategyClass.MAINSTREAM.manualStrategy(), 10);

	final Actor zhang = new Actor(7L, "张伟");

	@Test
	void aNoteKeepsItsStrippedTextsAndWhoFiledItWhen() {
		IndustryNote note = new IndustryNote(this.autoParts, "  新能源汽车配件需求上升 ", " 主机厂二季度采购计划增加 30% ", "  ", this.zhang,
				AT);

		assertThat(note.getTitle()).isEqualTo("新能源汽车配件需求上升");
		assertThat(note.getContent()).isEqualTo("主机厂二季度采购计划增加 30%");
		assertThat(note.getSource()).isNull();
		assertThat(note.getIndustry()).isSameAs(this.autoParts);
		assertThat(note.getCreatedById()).isEqualTo(7L);
		assertThat(note.getCreatedByName()).isEqualTo("张伟");
		assertThat(note.getCreatedAt()).isEqualTo(AT);
	}

	@Test
	void titleAndContentAreRequiredAndEveryFieldInErrorIsNamed() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new IndustryNote(null, " ", null, "x".repeat(301), this.zhang, AT))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("industryId", "industryNote.error.industryRequired"),
						org.assertj.core.groups.Tuple.tuple("title", "industryNote.error.required"),
						org.assertj.core.groups.Tuple.tuple("content", "industryNote.error.required"),
						org.assertj.core.groups.Tuple.tuple("source", "industryNote.error.tooLong")));
	}

	@Test
	void textsLongerThanTheirColumnsAreRejectedWithTheLimit() {
		assertThat(IndustryNote.violations(this.autoParts, "t".repeat(201), "c".repeat(4001), "s".repeat(300)))
			.extracting(Violation::field, Violation::arguments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("title", java.util.List.of("200")),
					org.assertj.core.groups.Tuple.tuple("content", java.util.List.of("4000")));
		assertThat(IndustryNote.violations(this.autoParts, "t".repeat(200), "c".repeat(4000), "s".repeat(300)))
			.isEmpty();
	}

	@Test
	void anInactiveIndustryTakesNoNewNotes() {
		this.autoParts.deactivate();

		assertThat(IndustryNote.violations(this.autoParts, "标题", "内容", null)).extracting(Violation::messageKey)
			.containsExactly("industryNote.error.industryInactive");
	}

}
