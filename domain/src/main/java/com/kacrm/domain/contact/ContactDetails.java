package com.kacrm.domain.contact;

import java.util.List;

import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;

/**
 * What users write about a person at the customer: name, title, department, phone,
 * e-mail, level in the organisation, personal interests (个人爱好, what a visit can build on)
 * and the relationship depth we aim for with them. The current depth and the reporting
 * line change by their own commands, as each has its history.
 */
public record ContactDetails(String name, String title, String department, String phone, String email,
		ContactLevel level, String interests, Integer targetDepth) {

	public static final int MAX_NAME = 100;

	public static final int MAX_TITLE = 100;

	public static final int MAX_DEPARTMENT = 100;

	public static final int MAX_PHONE = 40;

	public static final int MAX_EMAIL = 200;

	public static final int MAX_INTERESTS = 1000;

	/** Every rule the details break, with the form field concerned. */
	public List<Violation> violations() {
		Violations violations = new Violations().requiredText("name", this.name, MAX_NAME)
			.optionalText("title", this.title, MAX_TITLE)
			.optionalText("department", this.department, MAX_DEPARTMENT)
			.optionalText("phone", this.phone, MAX_PHONE)
			.phone("phone", this.phone)
			.email("email", this.email, MAX_EMAIL)
			.optionalText("interests", this.interests, MAX_INTERESTS)
			.range("targetDepth", this.targetDepth, RelationshipDepth.MIN, RelationshipDepth.MAX);
		if (this.level == null) {
			violations.add("level", "form.required");
		}
		return violations.list();
	}

}
