package com.kacrm.domain.swot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A SWOT analysis of one account (初阶SWOT分析, seed 001), dated: strengths and weaknesses
 * from comparing us with the main competitors there; opportunities and threats from the
 * customer's structure, purchasing, industry and environment. The manual asks for a new
 * scan every six months (半年一扫描): an analysis is {@link #isDue due} from then on. A SWOT
 * is never edited; a new scan is a new record, so the account keeps its past ones.
 */
@Entity
@Table(name = "swot")
public class Swot {

	/** The months after which a SWOT is due again. */
	public static final int RESCAN_MONTHS = 6;

	public static final int MAX_TEXT = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@Column(name = "assessed_on", nullable = false, updatable = false)
	private LocalDate assessedOn;

	@Column(updatable = false, length = MAX_TEXT)
	private String strengths;

	@Column(updatable = false, length = MAX_TEXT)
	private String weaknesses;

	@Column(updatable = false, length = MAX_TEXT)
	private String opportunities;

	@Column(updatable = false, length = MAX_TEXT)
	private String threats;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_id", updatable = false)
	private Long createdById;

	@Column(name = "created_by_name", nullable = false, updatable = false, length = 100)
	private String createdByName;

	protected Swot() {
	}

	/**
	 * A SWOT of {@code account} as of {@code assessedOn}.
	 * @param today the current date where the account is served; a SWOT cannot be dated
	 * in the future
	 * @throws ChangeRejected when no quadrant is filled in, a text is too long or the
	 * date is missing or in the future
	 */
	public Swot(Account account, SwotContent content, LocalDate assessedOn, LocalDate today, Actor by, Instant at) {
		this.account = Objects.requireNonNull(account, "account");
		ChangeRejected.throwIfAny(violationsOf(content, assessedOn, today));
		this.assessedOn = assessedOn;
		this.strengths = Text.optional(content.strengths());
		this.weaknesses = Text.optional(content.weaknesses());
		this.opportunities = Text.optional(content.opportunities());
		this.threats = Text.optional(content.threats());
		this.createdById = by.userId();
		this.createdByName = by.name();
		this.createdAt = Objects.requireNonNull(at, "at");
	}

	/** Every rule a new SWOT breaks, with the form field concerned. */
	public static List<Violation> violationsOf(SwotContent content, LocalDate assessedOn, LocalDate today) {
		Violations violations = new Violations().optionalText("strengths", content.strengths(), MAX_TEXT)
			.optionalText("weaknesses", content.weaknesses(), MAX_TEXT)
			.optionalText("opportunities", content.opportunities(), MAX_TEXT)
			.optionalText("threats", content.threats(), MAX_TEXT);
		if (content.isEmpty()) {
			violations.add(null, "swot.error.empty");
		}
		if (assessedOn == null) {
			violations.add("assessedOn", "form.required");
		}
		else if (assessedOn.isAfter(today)) {
			violations.add("assessedOn", "swot.error.future");
		}
		return violations.list();
	}

	/** Whether the account is due a new scan on {@code today}: six months have passed. */
	public boolean isDue(LocalDate today) {
		return isDue(this.assessedOn, today);
	}

	/** Whether a SWOT dated {@code assessedOn} is due again on {@code today}. */
	public static boolean isDue(LocalDate assessedOn, LocalDate today) {
		return assessedOn == null || !today.isBefore(assessedOn.plusMonths(RESCAN_MONTHS));
	}

	public Long getId() {
		return this.id;
	}

	public Account getAccount() {
		return this.account;
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public String getWeaknesses() {
		return this.weaknesses;
	}

	public String getOpportunities() {
		return this.opportunities;
	}

	public String getThreats() {
		return this.threats;
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
