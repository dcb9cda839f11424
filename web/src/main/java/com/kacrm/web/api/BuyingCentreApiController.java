package com.kacrm.web.api;

import java.util.List;
import java.util.Locale;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Coverage.Finding;
import com.kacrm.domain.buyingcentre.Coverage.RoleCoverage;
import com.kacrm.domain.buyingcentre.CoverageWarning;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.persistence.buyingcentre.BuyingCentreMemberRow;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.buyingcentre.CoverageView;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deal's buying centre (采购中心) for other systems: its members with role, attitude and
 * support, and the coverage (key roles held, warnings with their message in the caller's
 * language); {@code PUT} seats a contact or changes their seat, {@code DELETE} takes them
 * out. 404 for a deal whose account the caller does not see; 422 when role or support is
 * missing or the contact left.
 */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/buying-centre")
class BuyingCentreApiController {

	private final BuyingCentreService buyingCentres;

	private final MessageSource messages;

	BuyingCentreApiController(BuyingCentreService buyingCentres, MessageSource messages) {
		this.buyingCentres = buyingCentres;
		this.messages = messages;
	}

	@GetMapping
	BuyingCentreResource show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return resource(id, user, locale);
	}

	@PutMapping("/{contactId}")
	BuyingCentreResource assign(@PathVariable long id, @PathVariable long contactId, @RequestBody SeatRequest body,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		this.buyingCentres.assign(id, contactId, body.role(), body.attitude(), body.support(), body.version(),
				user.viewer());
		return resource(id, user, locale);
	}

	@DeleteMapping("/{contactId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long contactId,
			@AuthenticationPrincipal CurrentUser user) {
		this.buyingCentres.remove(id, contactId, user.viewer());
		return ResponseEntity.noContent().build();
	}

	private BuyingCentreResource resource(long id, CurrentUser user, Locale locale) {
		List<BuyingCentreMemberRow> members = this.buyingCentres.membersOf(id, user.viewer());
		CoverageView coverage = this.buyingCentres.coverage(id, user.viewer());
		return new BuyingCentreResource(id, members.stream().map(MemberResource::of).toList(),
				new CoverageResource(coverage.complete(), coverage.memberCount(),
						coverage.roles().stream().map(RoleResource::of).toList(),
						coverage.findings().stream().map((finding) -> warning(finding, locale)).toList()));
	}

	private WarningResource warning(Finding finding, Locale locale) {
		CoverageWarning warning = finding.warning();
		return new WarningResource(warning, warning.isCritical(), finding.person(), this.messages
			.getMessage("coverage.warning." + warning, new Object[] { finding.person() }, warning.name(), locale));
	}

	/** A seat as sent: role and support are required, attitude optional. */
	/**
	 * @param version the seat's version as read, to refuse a change over someone else's
	 * (409); leave it out to create a seat or to overwrite deliberately
	 */
	record SeatRequest(BuyingRole role, Attitude attitude, Support support, Long version) {
	}

	record BuyingCentreResource(long opportunityId, List<MemberResource> members, CoverageResource coverage) {
	}

	/** One member; {@code active} is false once the person left the customer. */
	record MemberResource(long contactId, String name, String title, BuyingRole role, String roleSymbol,
			Attitude attitude, Support support, int depth, boolean active, long version) {

		static MemberResource of(BuyingCentreMemberRow row) {
			return new MemberResource(row.contactId(), row.name(), row.title(), row.role(), row.roleSymbol(),
					row.attitude(), row.support(), row.depth(), row.active(), row.version());
		}

	}

	record CoverageResource(boolean complete, int memberCount, List<RoleResource> roles,
			List<WarningResource> warnings) {
	}

	/** A key role with its holders' contact ids and names, and their best support. */
	record RoleResource(BuyingRole role, String symbol, List<HolderResource> holders, Support bestSupport) {

		static RoleResource of(RoleCoverage held) {
			return new RoleResource(held.role(), held.role().symbol(),
					held.holders().stream().map((seat) -> new HolderResource(seat.contactId(), seat.name())).toList(),
					held.bestSupport());
		}

	}

	record HolderResource(Long contactId, String name) {
	}

	record WarningResource(CoverageWarning code, boolean critical, String person, String message) {
	}

}
