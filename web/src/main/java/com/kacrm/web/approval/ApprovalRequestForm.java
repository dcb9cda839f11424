package com.kacrm.web.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.KeyPerson;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.persistence.approval.ApprovalEditor;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The 项目立项申请表 as the request form edits it (SPEC 6). The key people are one row per
 * person of the account (ticked when named on the request, with the role, attitude and
 * support stated), the proposed 大客户开拓小组 one row per worker of the deal's team (ticked
 * when proposed, with a responsibility); the rows follow the order of the editor's
 * choices, so the page shows each row next to the person it is about.
 */
public class ApprovalRequestForm {

	/**
	 * -1 until the form says which version it read: a post without one is a conflict,
	 * never a match.
	 */
	private long version = -1;

	private String projectName;

	private String customerNeeds;

	private String valuePositioning;

	private BigDecimal estimatedAmount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedContractDate;

	private String decisionProcess;

	private List<PersonRow> keyPeople = new ArrayList<>();

	private List<Long> competitorIds = new ArrayList<>();

	private List<MemberRow> proposedTeam = new ArrayList<>();

	private BigDecimal requestedBudget;

	private String risks;

	/** The form of {@code editor}: its request's (or the prefilled) values. */
	static ApprovalRequestForm of(ApprovalEditor editor) {
		ApprovalForm source = editor.form();
		ApprovalRequestForm form = new ApprovalRequestForm();
		form.version = editor.version();
		form.projectName = source.projectName();
		form.customerNeeds = source.customerNeeds();
		form.valuePositioning = source.valuePositioning();
		form.estimatedAmount = source.estimatedAmount();
		form.expectedContractDate = source.expectedContractDate();
		form.decisionProcess = source.decisionProcess();
		form.competitorIds = new ArrayList<>(source.competitorIds());
		form.requestedBudget = source.requestedBudget();
		form.risks = source.risks();
		for (KeyPerson person : source.keyPeople()) {
			PersonRow row = new PersonRow();
			row.contactId = person.getContactId();
			row.selected = true;
			row.role = person.getRole();
			row.attitude = person.getAttitude();
			row.support = person.getSupport();
			form.keyPeople.add(row);
		}
		for (ProposedMember member : source.proposedTeam()) {
			MemberRow row = new MemberRow();
			row.userId = member.getUserId();
			row.selected = true;
			row.responsibility = member.getResponsibility();
			form.proposedTeam.add(row);
		}
		form.alignTo(editor);
		return form;
	}

	/**
	 * Puts one row per choice of {@code editor}, in its order: a person or worker on the
	 * form keeps what was written; the others are unticked, people with the role,
	 * attitude and support they have on the deal's buying centre.
	 */
	void alignTo(ApprovalEditor editor) {
		Map<Long, PersonRow> people = new HashMap<>();
		for (PersonRow row : this.keyPeople) {
			if (row != null && row.contactId != null) {
				people.putIfAbsent(row.contactId, row);
			}
		}
		List<PersonRow> alignedPeople = new ArrayList<>();
		for (ApprovalEditor.PersonChoice choice : editor.people()) {
			PersonRow row = people.get(choice.id());
			if (row == null) {
				row = new PersonRow();
				row.contactId = choice.id();
				row.role = choice.role();
				row.attitude = choice.attitude();
				row.support = choice.support();
			}
			alignedPeople.add(row);
		}
		this.keyPeople = alignedPeople;
		Map<Long, MemberRow> members = new HashMap<>();
		for (MemberRow row : this.proposedTeam) {
			if (row != null && row.userId != null) {
				members.putIfAbsent(row.userId, row);
			}
		}
		List<MemberRow> alignedMembers = new ArrayList<>();
		for (ApprovalEditor.Choice choice : editor.workers()) {
			MemberRow row = members.get(choice.id());
			if (row == null) {
				row = new MemberRow();
				row.userId = choice.id();
			}
			alignedMembers.add(row);
		}
		this.proposedTeam = alignedMembers;
	}

	/** The form for the domain: the ticked people and members only. */
	ApprovalForm toForm() {
		List<KeyPerson> people = this.keyPeople.stream()
			.filter((row) -> row != null && row.selected && row.contactId != null)
			.map((row) -> new KeyPerson(row.contactId, row.role, row.attitude, row.support))
			.toList();
		List<ProposedMember> team = this.proposedTeam.stream()
			.filter((row) -> row != null && row.selected && row.userId != null)
			.map((row) -> new ProposedMember(row.userId, row.responsibility))
			.toList();
		List<Long> competitors = this.competitorIds.stream().filter((id) -> id != null).toList();
		return new ApprovalForm(this.projectName, this.customerNeeds, this.valuePositioning, this.estimatedAmount,
				this.expectedContractDate, this.decisionProcess, people, competitors, team, this.requestedBudget,
				this.risks);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getProjectName() {
		return this.projectName;
	}

	public void setProjectName(String projectName) {
		this.projectName = projectName;
	}

	public String getCustomerNeeds() {
		return this.customerNeeds;
	}

	public void setCustomerNeeds(String customerNeeds) {
		this.customerNeeds = customerNeeds;
	}

	public String getValuePositioning() {
		return this.valuePositioning;
	}

	public void setValuePositioning(String valuePositioning) {
		this.valuePositioning = valuePositioning;
	}

	public BigDecimal getEstimatedAmount() {
		return this.estimatedAmount;
	}

	public void setEstimatedAmount(BigDecimal estimatedAmount) {
		this.estimatedAmount = estimatedAmount;
	}

	public LocalDate getExpectedContractDate() {
		return this.expectedContractDate;
	}

	public void setExpectedContractDate(LocalDate expectedContractDate) {
		this.expectedContractDate = expectedContractDate;
	}

	public String getDecisionProcess() {
		return this.decisionProcess;
	}

	public void setDecisionProcess(String decisionProcess) {
		this.decisionProcess = decisionProcess;
	}

	public List<PersonRow> getKeyPeople() {
		return this.keyPeople;
	}

	public void setKeyPeople(List<PersonRow> keyPeople) {
		this.keyPeople = keyPeople;
	}

	public List<Long> getCompetitorIds() {
		return this.competitorIds;
	}

	public void setCompetitorIds(List<Long> competitorIds) {
		this.competitorIds = competitorIds;
	}

	public List<MemberRow> getProposedTeam() {
		return this.proposedTeam;
	}

	public void setProposedTeam(List<MemberRow> proposedTeam) {
		this.proposedTeam = proposedTeam;
	}

	public BigDecimal getRequestedBudget() {
		return this.requestedBudget;
	}

	public void setRequestedBudget(BigDecimal requestedBudget) {
		this.requestedBudget = requestedBudget;
	}

	public String getRisks() {
		return this.risks;
	}

	public void setRisks(String risks) {
		this.risks = risks;
	}

	/** One person of the account: ticked when named as a key person. */
	public static class PersonRow {

		private Long contactId;

		private boolean selected;

		private BuyingRole role;

		private Attitude attitude;

		private Support support;

		public Long getContactId() {
			return this.contactId;
		}

		public void setContactId(Long contactId) {
			this.contactId = contactId;
		}

		public boolean isSelected() {
			return this.selected;
		}

		public void setSelected(boolean selected) {
			this.selected = selected;
		}

		public BuyingRole getRole() {
			return this.role;
		}

		public void setRole(BuyingRole role) {
			this.role = role;
		}

		public Attitude getAttitude() {
			return this.attitude;
		}

		public void setAttitude(Attitude attitude) {
			this.attitude = attitude;
		}

		public Support getSupport() {
			return this.support;
		}

		public void setSupport(Support support) {
			this.support = support;
		}

	}

	/** One worker of the deal's team: ticked when proposed for the 大客户开拓小组. */
	public static class MemberRow {

		private Long userId;

		private boolean selected;

		private String responsibility;

		public Long getUserId() {
			return this.userId;
		}

		public void setUserId(Long userId) {
			this.userId = userId;
		}

		public boolean isSelected() {
			return this.selected;
		}

		public void setSelected(boolean selected) {
			this.selected = selected;
		}

		public String getResponsibility() {
			return this.responsibility;
		}

		public void setResponsibility(String responsibility) {
			this.responsibility = responsibility;
		}

	}

}
