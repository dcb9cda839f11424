package com.kacrm.web.contact;

import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.contact.RelationshipDepth;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.NewContact;

/**
 * The contact form: what users write about a person, and on a new person the depth we
 * have now and the manager they report to (on an existing person these change by their
 * own commands, each with its history).
 */
public class ContactForm {

	private String name;

	private String title;

	private String department;

	private String phone;

	private String email;

	private ContactLevel level;

	private String interests;

	private Integer relationshipDepth = RelationshipDepth.MIN;

	private Integer targetDepth;

	private Long reportsToId;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	static ContactForm of(ContactRow contact) {
		ContactForm form = new ContactForm();
		form.name = contact.name();
		form.title = contact.title();
		form.department = contact.department();
		form.phone = contact.phone();
		form.email = contact.email();
		form.level = contact.level();
		form.interests = contact.interests();
		form.relationshipDepth = contact.relationshipDepth();
		form.targetDepth = contact.targetDepth();
		form.reportsToId = contact.reportsToId();
		form.version = contact.version();
		return form;
	}

	ContactDetails toDetails() {
		return new ContactDetails(this.name, this.title, this.department, this.phone, this.email, this.level,
				this.interests, this.targetDepth);
	}

	/** The new person; a missing depth is refused by the domain as out of range. */
	NewContact toNewContact() {
		return new NewContact(toDetails(), (this.relationshipDepth != null) ? this.relationshipDepth : 0,
				this.reportsToId);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public ContactLevel getLevel() {
		return this.level;
	}

	public void setLevel(ContactLevel level) {
		this.level = level;
	}

	public String getInterests() {
		return this.interests;
	}

	public void setInterests(String interests) {
		this.interests = interests;
	}

	public Integer getRelationshipDepth() {
		return this.relationshipDepth;
	}

	public void setRelationshipDepth(Integer relationshipDepth) {
		this.relationshipDepth = relationshipDepth;
	}

	public Integer getTargetDepth() {
		return this.targetDepth;
	}

	public void setTargetDepth(Integer targetDepth) {
		this.targetDepth = targetDepth;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public void setReportsToId(Long reportsToId) {
		this.reportsToId = reportsToId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
