package com.kacrm.domain.buyingcentre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The coverage of one deal's buying centre (采购中心覆盖): for each key role (※ + = −) who
 * holds it and how supportive the most supportive of them is, and what is missing or at
 * risk.
 *
 * <p>
 * Rules: only people still at the customer count (someone who left holds no role any
 * more); each key role without anyone is a warning (a missing final approver or decision
 * maker is critical); a final approver or decision maker who opposes us is critical; no
 * champion anywhere is a warning; so is a final approver or decision maker with whom our
 * relationship depth is {@value #SHALLOW_DEPTH} or less.
 */
public final class Coverage {

	/** The depth at or below which a key person's relationship counts as shallow. */
	public static final int SHALLOW_DEPTH = 2;

	private final List<RoleCoverage> roles;

	private final List<Finding> findings;

	private final int counted;

	private Coverage(List<RoleCoverage> roles, List<Finding> findings, int counted) {
		this.roles = List.copyOf(roles);
		this.findings = List.copyOf(findings);
		this.counted = counted;
	}

	/** The coverage of a buying centre with {@code allSeats}. */
	public static Coverage of(List<Seat> allSeats) {
		Objects.requireNonNull(allSeats, "allSeats");
		List<Seat> seats = allSeats.stream().filter(Seat::active).toList();
		List<RoleCoverage> roles = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (BuyingRole role : Arrays.stream(BuyingRole.values()).filter(BuyingRole::isKey).toList()) {
			List<Seat> holders = seats.stream().filter((seat) -> seat.role() == role).toList();
			roles.add(new RoleCoverage(role, holders, bestSupport(holders)));
			if (holders.isEmpty()) {
				findings.add(new Finding(missing(role), null));
			}
		}
		for (Seat seat : seats) {
			boolean decides = seat.role() == BuyingRole.FINAL_APPROVER || seat.role() == BuyingRole.DECISION_MAKER;
			if (decides && seat.support() == Support.OPPONENT) {
				findings
					.add(new Finding((seat.role() == BuyingRole.FINAL_APPROVER) ? CoverageWarning.FINAL_APPROVER_OPPOSED
							: CoverageWarning.DECISION_MAKER_OPPOSED, seat.name()));
			}
			if (decides && seat.depth() <= SHALLOW_DEPTH) {
				findings.add(new Finding(CoverageWarning.SHALLOW_KEY_RELATIONSHIP, seat.name()));
			}
		}
		if (!seats.isEmpty() && seats.stream().noneMatch((seat) -> seat.support() == Support.CHAMPION)) {
			findings.add(new Finding(CoverageWarning.NO_CHAMPION, null));
		}
		findings.sort(Comparator.comparing((Finding finding) -> !finding.warning().isCritical())
			.thenComparing(Finding::warning));
		return new Coverage(roles, findings, seats.size());
	}

	/** How many people count for the coverage: those still at the customer. */
	public int counted() {
		return this.counted;
	}

	private static CoverageWarning missing(BuyingRole role) {
		return switch (role) {
			case FINAL_APPROVER -> CoverageWarning.NO_FINAL_APPROVER;
			case DECISION_MAKER -> CoverageWarning.NO_DECISION_MAKER;
			case EVALUATOR -> CoverageWarning.NO_EVALUATOR;
			default -> CoverageWarning.NO_END_USER;
		};
	}

	private static Support bestSupport(List<Seat> holders) {
		return holders.stream().map(Seat::support).min(Comparator.naturalOrder()).orElse(null);
	}

	/** Each key role in the manual's order, with who holds it. */
	public List<RoleCoverage> roles() {
		return this.roles;
	}

	/** The warnings, critical ones first. */
	public List<Finding> findings() {
		return this.findings;
	}

	public boolean has(CoverageWarning warning) {
		return this.findings.stream().anyMatch((finding) -> finding.warning() == warning);
	}

	/** Whether every key role is held and nothing is critical. */
	public boolean isComplete() {
		return this.findings.stream().noneMatch((finding) -> finding.warning().isCritical())
				&& this.roles.stream().allMatch(RoleCoverage::isIdentified);
	}

	/**
	 * One key role and who holds it.
	 *
	 * @param bestSupport the most favourable support among the holders; null when nobody
	 * holds the role
	 */
	public record RoleCoverage(BuyingRole role, List<Seat> holders, Support bestSupport) {

		public RoleCoverage {
			holders = List.copyOf(holders);
		}

		public boolean isIdentified() {
			return !this.holders.isEmpty();
		}

	}

	/**
	 * One warning, about {@code person} when it concerns someone.
	 */
	public record Finding(CoverageWarning warning, String person) {

		public Finding {
			Objects.requireNonNull(warning, "warning");
		}

	}

}
