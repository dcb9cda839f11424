package com.kacrm.app.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.app.demo.DemoAccountFiles.File;
import com.kacrm.app.demo.DemoAccountFiles.Position;
import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.swot.SwotService;
import com.kacrm.persistence.valuation.AccountValuationService;
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

	private final SwotService swots;

	private final CompetitorService competitors;

	private final AccountValuationService valuations;

	DemoAccountFileWriter(OrganisationService organisation, AccountService accounts, ContactService contacts,
			OpportunityService opportunities, BuyingCentreService buyingCentres, SwotService swots,
			CompetitorService competitors, AccountValuationService valuations) {
		this.swots = swots;
		this.competitors = competitors;
		this.valuations = valuations;
		this.buyingCentres = buyingCentres;
		this.organisation = organisation;
		this.accounts = accounts;
		this.contacts = contacts;
		this.opportunities = opportunities;
	}

	/** Writes every demo file whose account exists and has no people yet. */
	void writeAll() {
		Map<String, Long> competitors = competitors();
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
				analyse(accountId, file, owner, competitors);
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

	/** The demo competitors, created once: shared records. */
	private Map<String, Long> competitors() {
		Viewer admin = this.organisation.viewerOf("admin");
		Map<String, Long> ids = new HashMap<>();
		this.competitors.choices().forEach((choice) -> ids.put(choice.name(), choice.id()));
		for (String[] c : DemoAccountFiles.COMPETITORS) {
			if (!ids.containsKey(c[0])) {
				ids.put(c[0], this.competitors.create(new CompetitorDetails(c[0], c[1], c[2], c[3], c[4]), admin));
			}
		}
		return ids;
	}

	/** The account's SWOT, competitors there and in the deal, and a value assessment. */
	private void analyse(long accountId, File file, Viewer owner, Map<String, Long> competitorIds) {
		if (file.swot() != null) {
			this.swots.add(accountId, file.swot(), this.swots.today().minusMonths(file.swotMonthsAgo()), owner);
		}
		long opportunity = this.buyingCentres.opportunitiesOf(accountId, owner).get(0).id();
		for (DemoAccountFiles.Presence presence : file.competitors()) {
			long competitor = competitorIds.get(presence.competitor());
			this.competitors.addPresence(accountId, competitor, presence.position(), owner);
			this.competitors.addToOpportunity(opportunity, competitor, owner);
		}
		Map<ValueCriterion, Integer> scores = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			scores.put(criterion, file.scores()[criterion.ordinal()]);
		}
		this.valuations.assess(accountId, scores, null, owner);
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
