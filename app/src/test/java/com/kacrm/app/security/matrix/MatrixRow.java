package com.kacrm.app.security.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.app.security.matrix.MatrixFixtures.Team;

/**
 * One line of {@code security/authz-matrix.tsv}: an action (method, URL with
 * placeholders, optional body) and what each actor gets when the placeholders name the
 * south team's records.
 */
record MatrixRow(int line, String method, String url, List<String> expected, String check, String body) {

	/** The actors, in the order of the matrix's columns. */
	static final List<String> ACTORS = List.of("anonymous", "admin", "manager.south", "manager.east", "rep.zhang",
			"rep.li", "rep.wang");

	/**
	 * Answers given before any record is looked at (not signed in, wrong role, a request
	 * that cannot be read): the same for every id, so they reveal nothing either.
	 */
	static final java.util.Set<String> REFUSED_BEFORE_LOOKUP = java.util.Set.of("login", "403", "400", "405", "415",
			"422", "?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

	static MatrixRow parse(int line, String text) {
		String[] parts = text.trim().split("\\s+", 11);
		if (parts.length < 10) {
			throw new IllegalArgumentException("Line " + line + " of the matrix has too few columns: " + text);
		}
		return new MatrixRow(line, parts[0], parts[1], List.copyOf(Arrays.asList(parts).subList(2, 9)), parts[9],
				(parts.length > 10) ? parts[10].trim() : null);
	}

	/**
	 * METHOD and the URL's path with its placeholders blanked, as handler patterns are.
	 */
	String endpointKey() {
		String path = this.url.contains("?") ? this.url.substring(0, this.url.indexOf('?')) : this.url;
		return this.method + " " + blank(path);
	}

	static String blank(String pattern) {
		return pattern.replaceAll("\\{[^}]*\\}", "{}");
	}

	List<String> placeholders() {
		List<String> names = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(this.url + " " + ((this.body != null) ? this.body : ""));
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** Whether the URL names a record owned by a team: then it is probed per team. */
	boolean teamScoped() {
		return placeholders().stream().anyMatch(MatrixFixtures.TEAM_PLACEHOLDERS::contains);
	}

	boolean isWrite() {
		return !"GET".equals(this.method);
	}

	/**
	 * What {@code actor} gets for the records of {@code team}: the east team's records
	 * mirror the south team's (manager.east takes manager.south's column, rep.wang the
	 * owning rep.zhang's, rep.zhang and rep.li the outsider rep.wang's). An unknown id
	 * answers as a forbidden one: 404, unless the actor is turned away before any record
	 * is looked at (login, 403).
	 */
	String expectation(String actor, Team team) {
		String own = cell(actor, team);
		if (own.equals("x")) {
			return "-";
		}
		if (team == Team.UNKNOWN) {
			if (this.check.equals("filter")) {
				// The id only filters or presets: any id answers alike.
				return own;
			}
			if (own.equals("login")) {
				return own;
			}
			// What an outsider (rep.wang on the south team's records) gets, when it comes
			// before any record is looked at; otherwise the 404 of a record that is not
			// there.
			String outsider = cell("rep.wang", Team.SOUTH);
			return REFUSED_BEFORE_LOOKUP.contains(outsider) ? outsider : "404";
		}
		return own;
	}

	private String cell(String actor, Team team) {
		if (team != Team.EAST) {
			return this.expected.get(ACTORS.indexOf(actor));
		}
		String column = switch (actor) {
			case "manager.south" -> "manager.east";
			case "manager.east" -> "manager.south";
			case "rep.wang" -> "rep.zhang";
			case "rep.zhang", "rep.li" -> "rep.wang";
			default -> actor;
		};
		return this.expected.get(ACTORS.indexOf(column));
	}

	String fill(String text, java.util.Map<String, String> values) {
		if (text == null) {
			return null;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(
						"Line " + this.line + ": no value for placeholder {" + matcher.group(1) + "}");
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	@Override
	public String toString() {
		return "line " + this.line + " " + this.method + " " + this.url;
	}

}
