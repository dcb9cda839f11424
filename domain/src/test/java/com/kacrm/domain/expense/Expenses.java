package com.kacrm.domain.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;

/** A deal of team SZ whose budget opens on {@link #OPENED_ON}, and expenses for it. */
final class Expenses {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 2025-06-02 09:00 in Shanghai. */
	static final Instant OPENED_AT = Instant.parse("2025-06-02T01:00:00Z");

	static final LocalDate OPENED_ON = LocalDate.of(2025, 6, 2);

	static final LocalDate TODAY = LocalDate.of(2025, 6, 20);

	static final Instant NOW = Instant.parse("2025-06-20T02:00:00Z");

	static final Actor REP = new Actor(3L, "张伟");

	static final Actor MANAGER = new Actor(2L, "陈志强");

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"),
			new Region("SZ", new LocalizedName("深圳", "Shenzhen")));

	final User zhang = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, OPENED_AT);

	final Account account = new Account("深圳华达汽车配件有限公司", this.south, this.zhang, null,
			new TierProfile(12, new BigDecimal("60000"), null), OPENED_AT);

	/** A deal whose 立项 request is not approved: no budget. */
	Opportunity dealWithoutBudget() {
		return new Opportunity(OpportunityDetails.named("散热器替换项目"), this.account, this.zhang, 5, REP,
				OPENED_AT.minusSeconds(86_400 * 30));
	}

	/** A deal whose approved request opened a budget of {@code budget} 元. */
	Opportunity dealWithBudget(String budget) {
		Opportunity deal = dealWithoutBudget();
		deal.openExpenseBudget(new BigDecimal(budget), OPENED_AT);
		return deal;
	}

	static NewExpense expense(String amount) {
		return expense(amount, null);
	}

	static NewExpense expense(String amount, String overrunReason) {
		return new NewExpense(ExpenseType.ENTERTAINMENT, TODAY.minusDays(1), new BigDecimal(amount), "宴请设备部王部长",
				overrunReason);
	}

	/** An expense of {@code amount} recorded by the rep against the deal as it stands. */
	static SalesExpense record(Opportunity deal, List<SalesExpense> earlier, String amount, String overrunReason) {
		return new SalesExpense(deal, ExpenseBudget.of(deal, earlier, SHANGHAI), expense(amount, overrunReason), false,
				TODAY, REP, NOW);
	}

}
