package com.kacrm.app.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.app.demo.DemoAccountFiles.File;
import com.kacrm.app.demo.DemoAccountFiles.Position;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.persistence.account.AccountDraft;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.stereotype.Component;

/**
 * Writes the demo account files ({@link DemoAccountFiles}) through the application
 * services, as the owning rep: profile, people and reporting lines, influence lines, an
 * opportunity with its buying centre, a SWOT, the competitors there and a value
 * assessment. Runs only into accounts without contacts, so it never duplicates.
 */
@Component
class DemoAccountFileWriter {

	private final OrganisationService organisation;

	private final AccountService accounts;

	private final ContactService contacts;

	private final OpportunityService opportunities;

	private final BuyingCentreService buyingCentres;

	DemoAccountFileWriter(OrganisationService organisation, AccountService accounts, ContactService contacts,
			OpportunityService opportunities, BuyingCentreService buyingCentres) {
		this.buyingCentres = buyingCentres;
		this.organisation = organisation;
		this.accounts = accounts;
		this.contacts = contacts;
		this.opportunities = opportunities;
	}

	/** Writes every demo file whose account exists and has no people yet. */
	void writeAll() {
		int index = 0;
		for (File file : DemoAccountFiles.FILES) {
			index++;
			Long accountId = this.accounts.duplicatesOf(file.account())
				.stream()
				.filter((match) -> match.name().equals(file.account()))
				.map((match) -> match.id())
				.findFirst()
				.orElse(null);
			Viewer owner = this.organisation.viewerOf(file.owner());
			if (accountId != null && this.contacts.contactsOf(accountId, true, owner).isEmpty()) {
				write(index, accountId, file, owner);
			}
		}
	}

	private void write(int index, long accountId, File file, Viewer owner) {
		AccountView account = this.accounts.show(accountId, owner);
		this.accounts.update(accountId, account.version(),
				new AccountDraft(account.name(), account.industryCode(), account.industryRank(),
						account.annualRevenue(), account.annualPurchase(), file.address(), file.phone(), null,
						file.characteristics(), file.industryPosition(), file.distribution(), file.financial(),
						file.credit(), file.intent(), file.decisionMode(), file.lifecycle(), file.stage()),
				owner, true);
		Map<String, Long> people = addPeople(index, accountId, file, owner);
		for (DemoAccountFiles.Influence influence : file.influences()) {
			this.contacts.addInfluence(accountId, people.get(influence.from()), people.get(influence.to()),
					influence.note(), owner);
		}
		long opportunity = this.opportunities.open(accountId, file.opportunity(), owner);
		for (DemoAccountFiles.Seat seat : file.seats()) {
			this.buyingCentres.assign(opportunity, people.get(seat.position()), seat.role(), seat.attitude(),
					seat.support(), owner);
		}
	}

	private Map<String, Long> addPeople(int index, long accountId, File file, Viewer owner) {
		Map<String, Long> people = new HashMap<>();
		List<Position> positions = DemoAccountFiles.positionsOf(file.size());
		for (int i = 0; i < positions.size(); i++) {
			Position position = positions.get(i);
			int[] depth = DemoAccountFiles.DEPTHS.getOrDefault(position.key(), new int[] { 1, 0 });
			String interests = (i % 3 == 0) ? DemoAccountFiles.INTERESTS.get((index + i) % 8) : null;
			ContactDetails details = new ContactDetails(DemoAccountFiles.nameOf(index, i), position.title(),
					position.department(), phone(index, i), null, position.level(), interests,
					(depth[1] > 0) ? depth[1] : null);
			Long manager = (position.manager() != null) ? people.get(position.manager()) : null;
			people.put(position.key(), this.contacts.add(accountId, new NewContact(details, depth[0], manager), owner));
		}
		return people;
	}

	private static String phone(int account, int person) {
		return String.format("139%04d%04d", 2600 + account * 37, 1000 + person * 131);
	}

}
