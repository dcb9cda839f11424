package com.kacrm.persistence.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.organisation.Names;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's maintenance of regions, teams and users. Every change writes the record's
 * history in the same transaction (subjects {@code REGION}, {@code TEAM}, {@code USER});
 * passwords never appear in it. Changes that take rights away from a user publish
 * {@link UserAccessChanged}, so the application can end the user's open sessions.
 */
@Service
public class OrganisationAdminService {

	public static final String REGION = "REGION";

	public static final String TEAM = "TEAM";

	public static final String USER = "USER";

	/** What the history shows instead of a password. */
	static final String PASSWORD_MASK = "••••";

	private static final Sort USER_ORDER = Sort.by("username");

	/** No record: a new one's name is checked against every existing one. */
	private static final long NO_ID = -1L;

	private final RegionRepository regions;

	private final TeamRepository teams;

	private final UserRepository users;

	private final HistoryService history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganisationAdminService(RegionRepository regions, TeamRepository teams, UserRepository users,
			HistoryService history, ApplicationEventPublisher events, Clock clock) {
		this.regions = regions;
		this.teams = teams;
		this.users = users;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/** Every region with its teams and their managers, by code. */
	@Transactional(readOnly = true)
	public List<RegionRow> regionsWithTeams() {
		Map<String, List<TeamRow>> teamsByRegion = teams().stream().collect(Collectors.groupingBy(TeamRow::regionCode));
		return this.regions.findAll(Sort.by("code"))
			.stream()
			.map((region) -> RegionRow.of(region, teamsByRegion.getOrDefault(region.getCode(), List.of())))
			.toList();
	}

	/** Every team with its region and manager, by region and code. */
	@Transactional(readOnly = true)
	public List<TeamRow> teams() {
		return this.teams.findAllWithRegionAndManager().stream().map(TeamRow::of).toList();
	}

	@Transactional(readOnly = true)
	public RegionRow region(String code) {
		Region region = requireRegion(code);
		return RegionRow.of(region, teams().stream().filter((t) -> t.regionCode().equals(region.getCode())).toList());
	}

	@Transactional(readOnly = true)
	public TeamRow team(String code) {
		return TeamRow.of(requireTeam(code));
	}

	/** Users with the manager role, who may be appointed to their team. */
	@Transactional(readOnly = true)
	public List<UserRow> managers() {
		return this.users.findByRoleOrderByUsername(Role.MANAGER)
			.stream()
			.map((user) -> UserRow.of(user, this.clock.instant()))
			.toList();
	}

	/** A page of users matching {@code filter}, by username. */
	@Transactional(readOnly = true)
	public Page<UserRow> users(UserFilter filter, Pageable pageable) {
		Pageable byUsername = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), USER_ORDER);
		return this.users.findAll(UserSpecifications.matching(filter), byUsername)
			.map((user) -> UserRow.of(user, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public UserRow user(Long id) {
		return UserRow.of(requireUser(id), this.clock.instant());
	}

	/**
	 * Creates a region; a code already in use is refused next to the {@code code} field.
	 * @return the region's (canonical) code
	 */
	@Transactional
	public String createRegion(RegionDraft draft, Actor actor) {
		LocalizedName name = Names.of(draft.nameZh(), draft.nameEn());
		Region region = new Region(draft.code(), name);
		List<Violation> violations = new ArrayList<>();
		if (this.regions.existsByCode(region.getCode())) {
			violations.add(Violation.of("code", "organisation.code.duplicate", region.getCode()));
		}
		if (this.regions.nameTaken(name.zh(), NO_ID)) {
			violations.add(Violation.of("nameZh", "organisation.name.duplicate", name.zh()));
		}
		ChangeRejected.throwIfAny(violations);
		this.regions.save(region);
		this.history.record(new HistorySubject(REGION, region.getId()),
				new FieldChanges().add("region.code", null, region.getCode())
					.add("region.nameZh", null, name.zh())
					.add("region.nameEn", null, name.en())
					.list(),
				actor, null);
		return region.getCode();
	}

	@Transactional
	public void renameRegion(String code, String nameZh, String nameEn, long expectedVersion, Actor actor) {
		Region region = requireRegion(code);
		ConcurrentEditException.check(region, expectedVersion);
		LocalizedName before = region.getName();
		LocalizedName after = Names.of(nameZh, nameEn);
		if (this.regions.nameTaken(after.zh(), region.getId())) {
			throw ChangeRejected.of("nameZh", "organisation.name.duplicate", after.zh());
		}
		region.rename(after);
		this.history.record(new HistorySubject(REGION, region.getId()),
				new FieldChanges().add("region.nameZh", before.zh(), after.zh())
					.add("region.nameEn", before.en(), after.en())
					.list(),
				actor, null);
	}

	/**
	 * Creates a team in a region; a code already in use is refused next to {@code code},
	 * an unknown region next to {@code regionCode}.
	 * @return the team's (canonical) code
	 */
	@Transactional
	public String createTeam(TeamDraft draft, Actor actor) {
		LocalizedName name = Names.of(draft.nameZh(), draft.nameEn());
		Region region = regionOf(draft.regionCode());
		Team team = new Team(draft.code(), name, region);
		List<Violation> violations = new ArrayList<>();
		if (this.teams.existsByCode(team.getCode())) {
			violations.add(Violation.of("code", "organisation.code.duplicate", team.getCode()));
		}
		if (this.teams.nameTaken(name.zh(), NO_ID)) {
			violations.add(Violation.of("nameZh", "organisation.name.duplicate", name.zh()));
		}
		ChangeRejected.throwIfAny(violations);
		this.teams.save(team);
		this.history.record(new HistorySubject(TEAM, team.getId()),
				new FieldChanges().add("team.code", null, team.getCode())
					.add("team.nameZh", null, name.zh())
					.add("team.nameEn", null, name.en())
					.add("team.region", null, region.getCode())
					.list(),
				actor, null);
		return team.getCode();
	}

	/**
	 * Renames a team, moves it to another region and appoints or dismisses its manager.
	 * The manager must be a manager of this team.
	 */
	@Transactional
	public void updateTeam(String code, TeamChange change, long expectedVersion, Actor actor) {
		Team team = requireTeam(code);
		ConcurrentEditException.check(team, expectedVersion);
		LocalizedName beforeName = team.getName();
		String beforeRegion = team.getRegion().getCode();
		String beforeManager = (team.getManager() != null) ? team.getManager().getUsername() : null;
		LocalizedName name = Names.of(change.nameZh(), change.nameEn());
		if (this.teams.nameTaken(name.zh(), team.getId())) {
			throw ChangeRejected.of("nameZh", "organisation.name.duplicate", name.zh());
		}
		Region region = regionOf(change.regionCode());
		team.rename(name);
		team.moveToRegion(region);
		String managerUsername = blankToNull(change.managerUsername());
		if (managerUsername == null) {
			team.dismissManager();
		}
		else if (!managerUsername.equals(beforeManager)) {
			User manager = this.users.findByUsername(User.canonicalUsername(managerUsername))
				.orElseThrow(() -> ChangeRejected.of("managerUsername", "team.manager.unknown", managerUsername));
			team.appointManager(manager);
		}
		this.history.record(new HistorySubject(TEAM, team.getId()),
				new FieldChanges().add("team.nameZh", beforeName.zh(), name.zh())
					.add("team.nameEn", beforeName.en(), name.en())
					.add("team.region", beforeRegion, region.getCode())
					.add("team.manager", beforeManager, managerUsername)
					.list(),
				actor, null);
	}

	/**
	 * Creates an enabled user with an initial password. A username in use is refused next
	 * to {@code username}, a short password next to {@code password}.
	 * @return the new user's id
	 */
	@Transactional
	public Long createUser(UserDraft draft, String password, PasswordHasher hasher, Actor actor) {
		Objects.requireNonNull(draft.role(), "role");
		Team team = teamOf(draft.teamCode());
		List<Violation> violations = new ArrayList<>();
		String username = User.canonicalUsername(draft.username());
		if (this.users.existsByUsername(username)) {
			violations.add(Violation.of("username", "user.username.duplicate", username));
		}
		try {
			User.checkNewPassword(password);
		}
		catch (ChangeRejected ex) {
			violations.addAll(ex.violations());
		}
		ChangeRejected.throwIfAny(violations);
		User user = new User(draft.username(), draft.displayName(), hasher.hash(password), draft.role(), team,
				this.clock.instant());
		user.changeProfile(draft.displayName(), draft.preferredLocale(), draft.email());
		this.users.save(user);
		this.history.record(new HistorySubject(USER, user.getId()),
				new FieldChanges().add("user.username", null, user.getUsername())
					.add("user.displayName", null, user.getDisplayName())
					.add("user.role", null, user.getRole())
					.add("user.team", null, teamCodeOf(user))
					.add("user.preferredLocale", null, user.getPreferredLocale())
					.add("user.email", null, user.getEmail())
					.add("user.password", null, PASSWORD_MASK)
					.list(),
				actor, null);
		return user.getId();
	}

	/**
	 * Changes a user's display name, language, role and team. A change of role or team
	 * ends the user's sessions, as they were opened with the old rights.
	 */
	@Transactional
	public void updateUser(Long id, UserChange change, long expectedVersion, Actor actor) {
		Objects.requireNonNull(change.role(), "role");
		User user = requireUser(id);
		ConcurrentEditException.check(user, expectedVersion);
		String beforeName = user.getDisplayName();
		String beforeLocale = user.getPreferredLocale();
		String beforeEmail = user.getEmail();
		Role beforeRole = user.getRole();
		String beforeTeam = teamCodeOf(user);
		Team team = teamOf(change.teamCode());
		user.changeProfile(change.displayName(), change.preferredLocale(), change.email());
		user.changeRole(change.role(), team, this.teams.findByManager(user), actor);
		this.history.record(new HistorySubject(USER, user.getId()),
				new FieldChanges().add("user.displayName", beforeName, user.getDisplayName())
					.add("user.preferredLocale", beforeLocale, user.getPreferredLocale())
					.add("user.email", beforeEmail, user.getEmail())
					.add("user.role", beforeRole, user.getRole())
					.add("user.team", beforeTeam, teamCodeOf(user))
					.list(),
				actor, null);
		if (beforeRole != user.getRole() || !Objects.equals(beforeTeam, teamCodeOf(user))) {
			this.events.publishEvent(new UserAccessChanged(user.getUsername()));
		}
	}

	/**
	 * The user can no longer log in and their open sessions end. Nobody can disable
	 * themselves.
	 */
	@Transactional
	public void disableUser(Long id, Actor actor) {
		User user = requireUser(id);
		if (!user.isEnabled()) {
			return;
		}
		user.disable(actor, this.teams.findByManager(user));
		this.history.record(new HistorySubject(USER, user.getId()),
				new FieldChanges().add("user.enabled", true, false).list(), actor, null);
		this.events.publishEvent(new UserAccessChanged(user.getUsername()));
	}

	@Transactional
	public void enableUser(Long id, Actor actor) {
		User user = requireUser(id);
		if (user.isEnabled()) {
			return;
		}
		user.enable();
		this.history.record(new HistorySubject(USER, user.getId()),
				new FieldChanges().add("user.enabled", false, true).list(), actor, null);
	}

	/**
	 * Sets a new password chosen by the admin; it also ends a lock and the user's open
	 * sessions. The history says that the password changed, never what to.
	 */
	@Transactional
	public void resetPassword(Long id, String password, PasswordHasher hasher, Actor actor) {
		User user = requireUser(id);
		User.checkNewPassword(password);
		user.resetPassword(hasher.hash(password));
		this.history.record(new HistorySubject(USER, user.getId()),
				new FieldChanges().add("user.password", null, PASSWORD_MASK).list(), actor, null);
		this.events.publishEvent(new UserAccessChanged(user.getUsername()));
	}

	private Region regionOf(String code) {
		String canonical = blankToNull(code);
		if (canonical == null) {
			throw ChangeRejected.of("regionCode", "team.region.required");
		}
		return this.regions.findByCode(canonical)
			.orElseThrow(() -> ChangeRejected.of("regionCode", "team.region.unknown", canonical));
	}

	private Team teamOf(String code) {
		String canonical = blankToNull(code);
		if (canonical == null) {
			return null;
		}
		return this.teams.findByCode(canonical)
			.orElseThrow(() -> ChangeRejected.of("teamCode", "user.team.unknown", canonical));
	}

	private static String teamCodeOf(User user) {
		return (user.getTeam() != null) ? user.getTeam().getCode() : null;
	}

	private Region requireRegion(String code) {
		return this.regions.findByCode(code)
			.orElseThrow(() -> new OrganisationRecordNotFoundException("No region " + code));
	}

	private Team requireTeam(String code) {
		return this.teams.findByCode(code)
			.orElseThrow(() -> new OrganisationRecordNotFoundException("No team " + code));
	}

	private User requireUser(Long id) {
		return this.users.findById(id).orElseThrow(() -> new OrganisationRecordNotFoundException("No user " + id));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
