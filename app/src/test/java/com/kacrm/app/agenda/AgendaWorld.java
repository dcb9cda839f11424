package com.kacrm.app.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Agenda and cadence data made the way users make it: a rep converts a lead into an
 * account with a deal, plans visits and logs done ones with next steps through the
 * application's services. What users cannot do — a plan whose time has passed, a next
 * step already late, an account last contacted weeks ago — is backdated in the database
 * afterwards. Names are unique per call.
 */
public class AgendaWorld {

	private final UserDetailsService users;

	private final AccountWithOpportunity accounts;

	private final ActivityService activities;

	private final BusinessCalendar calendar;

	private final JdbcTemplate jdbc;

	public AgendaWorld(ApplicationContext context) {
		this.users = context.getBean(UserDetailsService.class);
		this.accounts = new AccountWithOpportunity(context.getBean(LeadService.class),
				context.getBean(LeadSheetService.class), context.getBean(LeadConversionService.class));
		this.activities = context.getBean(ActivityService.class);
		this.calendar = context.getBean(BusinessCalendar.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	public LocalDate today() {
		return this.calendar.today();
	}

	/** {@code time} on {@code day} in the business time zone. */
	public Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(this.calendar.zone()).toInstant();
	}

	/** A new account of {@code rep}'s in {@code regionCode} with one deal. */
	public ConversionResult account(String rep, String regionCode, String name) {
		return this.accounts.create(viewer(rep), regionCode, name, name + "项目");
	}

	/** A planned sales visit of 90 minutes. */
	public long plan(String rep, ConversionResult account, Instant at, String place, String objective) {
		return this.activities
			.plan(new NewActivity(account.accountId(), account.opportunityId(),
					new ActivityDetails(ActivityType.SALES_VISIT, at, 90, place, objective, Set.of(), Set.of(), null,
							null, null, null, null),
					List.of(), List.of(), null, null), viewer(rep))
			.id();
	}

	/** A visit done an hour ago whose next step is due on {@code due}. */
	public long nextStep(String rep, ConversionResult account, String step, LocalDate due) {
		return this.activities
			.record(new NewActivity(account.accountId(), account.opportunityId(),
					new ActivityDetails(ActivityType.SALES_VISIT, Instant.now().minus(1, ChronoUnit.HOURS), null, null,
							null, Set.of(), Set.of(), "拜访设备部，了解换热器需求", null, step, due, null),
					List.of(), List.of(), null, null), viewer(rep))
			.id();
	}

	/** The plan's time passed without it being completed. */
	public void planPassed(long activityId, Instant at) {
		this.jdbc.update("update activity set occurred_at = ? where id = ?", java.sql.Timestamp.from(at), activityId);
	}

	/** The next step's date passed without it being taken. */
	public void nextStepDue(long activityId, LocalDate due) {
		this.jdbc.update("update activity set next_step_date = ? where id = ?", due, activityId);
	}

	/**
	 * The account is of {@code tier}, set by hand so that re-tiering previews of other
	 * tests leave it out, and was last contacted {@code daysAgo} days ago (never when
	 * null: then filed {@code filedDaysAgo} days ago).
	 */
	public void contact(long accountId, Tier tier, Integer daysAgo, int filedDaysAgo) {
		this.jdbc.update(
				"update account set tier = ?, tier_set_by_hand = ?, last_contacted_at = case when ? then now()"
						+ " - make_interval(days => ?) end, created_at = now() - make_interval(days => ?) where id = ?",
				(tier != null) ? tier.name() : null, tier != null, daysAgo != null, (daysAgo != null) ? daysAgo : 0,
				filedDaysAgo, accountId);
	}

	public long teamId(String username) {
		return this.jdbc.queryForObject("select team_id from app_user where username = ?", Long.class, username);
	}

	public long userId(String username) {
		return viewer(username).userId();
	}

	public Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	public static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

}
