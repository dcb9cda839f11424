package com.kacrm.domain.industry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;

/**
 * A dated note on an industry's development (行业发展信息, the third kind of information seed
 * 001's managers collect besides competitors and customers): a title, what was learnt and
 * where from. Shared market intelligence, read by everyone; filed once and not edited.
 */
@Entity
@Table(name = "industry_note")
public class IndustryNote {

	public static final int MAX_TITLE = 200;

	public static final int MAX_CONTENT = 4000;

	public static final int MAX_SOURCE = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "industry_id", nullable = false, updatable = false)
	private Industry industry;

	@Column(nullable = false, updatable = false, length = MAX_TITLE)
	private String title;

	@Column(nullable = false, updatable = false, length = MAX_CONTENT)
	private String content;

	@Column(updatable = false, length = MAX_SOURCE)
	private String source;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_id", updatable = false)
	private Long createdById;

	@Column(name = "created_by_name", nullable = false, updatable = false, length = 100)
	private String createdByName;

	protected IndustryNote() {
	}

	/**
	 * A note filed by {@code actor} at {@code at}; title and content are required, the
	 * source optional, each within its length.
	 * @throws ChangeRejected naming every field in error (title, content, source,
	 * industry)
	 */
	public IndustryNote(Industry industry, String title, String content, String source, Actor actor, Instant at) {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		ChangeRejected.throwIfAny(violations(industry, title, content, source));
		this.industry = industry;
		this.title = title.strip();
		this.content = content.strip();
		this.source = (source == null || source.isBlank()) ? null : source.strip();
		this.createdAt = at;
		this.createdById = actor.userId();
		this.createdByName = actor.name();
	}

	/** What is wrong with a note of these values; empty when it may be filed. */
	public static List<Violation> violations(Industry industry, String title, String content, String source) {
		List<Violation> violations = new ArrayList<>();
		if (industry == null) {
			violations.add(Violation.of("industryId", "industryNote.error.industryRequired"));
		}
		else if (!industry.isActive()) {
			violations.add(Violation.of("industryId", "industryNote.error.industryInactive"));
		}
		required(violations, "title", title, MAX_TITLE);
		required(violations, "content", content, MAX_CONTENT);
		if (source != null && source.strip().length() > MAX_SOURCE) {
			violations.add(Violation.of("source", "industryNote.error.tooLong", String.valueOf(MAX_SOURCE)));
		}
		return violations;
	}

	private static void required(List<Violation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(Violation.of(field, "industryNote.error.required"));
		}
		else if (value.strip().length() > max) {
			// the limit as text: a number argument would be printed with a thousands
			// separator
			violations.add(Violation.of(field, "industryNote.error.tooLong", String.valueOf(max)));
		}
	}

	public Long getId() {
		return this.id;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	public String getTitle() {
		return this.title;
	}

	public String getContent() {
		return this.content;
	}

	public String getSource() {
		return this.source;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getCreatedById() {
		return this.createdById;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

}
