package com.kacrm.web.orgchart;

import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.contact.RelationshipDepth;
import com.kacrm.persistence.contact.NewContact;

/**
 * The chart's quick-add form: a person with just what places them on the chart (name,
 * title, department, level, manager, relationship depth); the rest is edited on the
 * contact's page.
 */
public class PersonForm {

	private String name;

	private String title;

	private String department;

	private ContactLevel level;

	private Long reportsToId;

	private Integer relationshipDepth = RelationshipDepth.MIN;

	NewContact toNewContact() {
		return new NewContact(
				new ContactDetails(this.name, this.title, this.department, null, null, this.level, null, null),
				this.relationshipDepth, this.reportsToId);
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

	public ContactLevel getLevel() {
		return this.level;
	}

	public void setLevel(ContactLevel level) {
		this.level = level;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public void setReportsToId(Long reportsToId) {
		this.reportsToId = reportsToId;
	}

	public Integer getRelationshipDepth() {
		return this.relationshipDepth;
	}

	public void setRelationshipDepth(Integer relationshipDepth) {
		this.relationshipDepth = relationshipDepth;
	}

}
