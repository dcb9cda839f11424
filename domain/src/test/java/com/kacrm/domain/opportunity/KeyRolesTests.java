package com.kacrm.domain.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingCentreMember;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.contact.ReportingLines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestone 4's "every key buying role identified with known attitude". */
class KeyRolesTests {

	final Deals deals = new Deals();

	final Opportunity deal = this.deals.deal();

	BuyingCentreMember member(String name, BuyingRole role, Attitude attitude) {
		Contact contact = new Contact(this.deals.account,
				new ContactDetails(name, "职务", null, null, null, ContactLevel.DECISION, null, null), 3, Deals.T0);
		return new BuyingCentreMember(this.deal, contact, role, attitude, Support.SUPPORTER);
	}

	List<BuyingCentreMember> allKeyRoles() {
		return new ArrayList<>(List.of(member("王董", BuyingRole.FINAL_APPROVER, Attitude.CONSERVATIVE),
				member("陈总", BuyingRole.DECISION_MAKER, Attitude.PRAGMATIST),
				member("李工", BuyingRole.EVALUATOR, Attitude.EARLY_ADOPTER),
				member("吴主任", BuyingRole.END_USER, Attitude.LAGGARD)));
	}

	@Test
	void allFourKeyRolesHeldWithTheirAttitudesKnownMeetTheCriterion() {
		assertThat(BuyingCentreMember.keyRolesKnown(allKeyRoles())).isTrue();
	}

	@Test
	void aMissingKeyRoleOrAnUnknownAttitudeDoesNot() {
		List<BuyingCentreMember> withoutUser = allKeyRoles();
		withoutUser.remove(3);
		withoutUser.add(member("孙经理", BuyingRole.PURCHASER, Attitude.PRAGMATIST));
		assertThat(BuyingCentreMember.keyRolesKnown(withoutUser)).isFalse();

		List<BuyingCentreMember> unknownAttitude = allKeyRoles();
		unknownAttitude.add(member("赵副总", BuyingRole.DECISION_MAKER, null));
		assertThat(BuyingCentreMember.keyRolesKnown(unknownAttitude)).isFalse();
	}

	@Test
	void someoneWhoLeftTheCustomerNoLongerHoldsTheRole() {
		List<BuyingCentreMember> members = allKeyRoles();
		members.get(0)
			.getContact()
			.leave(Instant.parse("2026-01-01T00:00:00Z"), new ReportingLines(java.util.Map.of()));
		assertThat(BuyingCentreMember.keyRolesKnown(members)).isFalse();
	}

}
