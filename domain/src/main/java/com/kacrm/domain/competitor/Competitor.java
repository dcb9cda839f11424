package com.kacrm.domain.competitor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.reference.CompanyNameKey;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A competitor (竞争对手) as a record of its own, shared by every team: the manual's
 * competitor analysis (产品, 优势, 劣势, 当地的组织和人员). Accounts name the competitors present there
 * with their position at that customer; opportunities list the competitors in the deal.
 * Names are unique by their company-name key, so "博世" and "博世（中国）有限公司" are one record.
 */
@Entity
@Table(name = "competitor")
public class Competitor extends VersionedEntity {

	@Column(nullable = false, length = CompetitorDetails.MAX_NAME)
	private String name;

	@Column(name = "name_key", nullable = false, length = CompetitorDetails.MAX_NAME)
	private String nameKey;

	@Column(length = CompetitorDetails.MAX_PRODUCTS)
	private String products;

	@Column(length = CompetitorDetails.MAX_TEXT)
	private String strengths;

	@Column(length = CompetitorDetails.MAX_TEXT)
	private String weaknesses;

	@Column(name = "local_organisation", length = CompetitorDetails.MAX_ORGANISATION)
	private String localOrganisation;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/**
	 * Who filed this record (the KPI "information collected" counts them per rep); null
	 * for the system or records older than V022 without history.
	 */
	@Column(name = "created_by_id", updatable = false)
	private Long createdById;

	protected Competitor() {
	}

	public Competitor(CompetitorDetails details, Instant createdAt) {
		take(details);
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/**
	 * Replaces what users know about the competitor.
	 * @return the fields that changed, for the history
	 */
	public List<FieldChange> edit(CompetitorDetails details) {
		FieldChanges changes = new FieldChanges()
			.add("competitor.name", this.name, (details.name() != null) ? details.name().strip() : null)
			.add("competitor.products", this.products, Text.optional(details.products()))
			.add("competitor.strengths", this.strengths, Text.optional(details.strengths()))
			.add("competitor.weaknesses", this.weaknesses, Text.optional(details.weaknesses()))
			.add("competitor.localOrganisation", this.localOrganisation, Text.optional(details.localOrganisation()));
		take(details);
		return changes.list();
	}

	private void take(CompetitorDetails details) {
		ChangeRejected.throwIfAny(Objects.requireNonNull(details, "details").violations());
		this.name = details.name().strip();
		this.nameKey = keyOf(this.name);
		this.products = Text.optional(details.products());
		this.strengths = Text.optional(details.strengths());
		this.weaknesses = Text.optional(details.weaknesses());
		this.localOrganisation = Text.optional(details.localOrganisation());
	}

	/**
	 * The key a competitor's name is unique by; the name itself when it is all suffix.
	 */
	public static String keyOf(String name) {
		String key = CompanyNameKey.of(name);
		return key.isEmpty() ? name.strip().toLowerCase(java.util.Locale.ROOT) : key;
	}

	public String getName() {
		return this.name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	public String getProducts() {
		return this.products;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public String getWeaknesses() {
		return this.weaknesses;
	}

	public String getLocalOrganisation() {
		return this.localOrganisation;
	}

	/**
	 * Records who filed this new record; set once, when it is created.
	 */
	public void filedBy(Actor actor) {
		if (this.createdById == null) {
			this.createdById = actor.userId();
		}
	}

	public Long getCreatedById() {
		return this.createdById;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
