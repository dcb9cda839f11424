package com.kacrm.persistence.organisation;

import java.time.Clock;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.LocalizedName;

import com.kacrm.persistence.shared.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and looks up regions, teams and users. The admin screens of a later issue build
 * on these verbs; the demo data loader uses them today.
 */
@Service
public class OrganisationService {

	private final RegionRepository regions;

	private final TeamRepository teams;

	private final UserRepository users;

	private final Clock clock;

	OrganisationService(RegionRepository regions, TeamRepository teams, UserRepository users, Clock clock) {
		this.regions = regions;
		this.teams = teams;
		this.users = users;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean regionExists(String code) {
		return this.regions.findByCode(code).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean teamExists(String code) {
		return this.teams.findByCode(code).isPresent();
	}

	@Transactional(readOnly = true)
	public boolean teamHasManager(String teamCode) {
		return requireTeam(teamCode).getManager() != null;
	}

	@Transactional(readOnly = true)
	public boolean userExists(String username) {
		return this.users.existsByUsername(User.canonicalUsername(username));
	}

	/**
	 * The user named, as the one on whose behalf a job or the demo data acts.
	 * @throws OrganisationRecordNotFoundException when there is no such user
	 */
	@Transactional(readOnly = true)
	public Viewer viewerOf(String username) {
		User user = this.users.findByUsername(User.canonicalUsername(username))
			.orElseThrow(() -> new OrganisationRecordNotFoundException("No user " + username));
		return new Viewer(user.getId(), user.getDisplayName(), user.getRole(),
				(user.getTeam() != null) ? user.getTeam().getCode() : null);
	}

	@Transactional
	public Long createRegion(String code, LocalizedName name) {
		return this.regions.save(new Region(code, name)).getId();
	}

	@Transactional
	public Long createTeam(String code, LocalizedName name, String regionCode) {
		Region region = this.regions.findByCode(regionCode)
			.orElseThrow(() -> new IllegalArgumentException("Unknown region " + regionCode));
		return this.teams.save(new Team(code, name, region)).getId();
	}

	@Transactional
	public Long createUser(NewUser newUser) {
		Team team = (newUser.teamCode() != null) ? requireTeam(newUser.teamCode()) : null;
		User user = new User(newUser.username(), newUser.displayName(), newUser.passwordHash(), newUser.role(), team,
				this.clock.instant());
		if (newUser.email() != null) {
			user.changeProfile(user.getDisplayName(), user.getPreferredLocale(), newUser.email());
		}
		return this.users.save(user).getId();
	}

	@Transactional
	public void appointManager(String teamCode, String username) {
		User manager = this.users.findByUsername(User.canonicalUsername(username))
			.orElseThrow(() -> new IllegalArgumentException("Unknown user " + username));
		requireTeam(teamCode).appointManager(manager);
	}

	@Transactional(readOnly = true)
	public OrganisationSummary summary() {
		return new OrganisationSummary(this.regions.count(), this.teams.count(), this.users.count());
	}

	private Team requireTeam(String code) {
		return this.teams.findByCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown team " + code));
	}

}
