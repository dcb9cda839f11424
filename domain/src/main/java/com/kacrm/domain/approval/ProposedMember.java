package com.kacrm.domain.approval;

import java.util.Objects;

import com.kacrm.domain.opportunity.TeamMember;
import com.kacrm.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One of our people proposed for the 大客户开拓小组 on a 立项 request, with what they would do;
 * recorded on the deal as a {@link TeamMember} when the request is approved.
 */
@Embeddable
public class ProposedMember {

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(length = TeamMember.MAX_RESPONSIBILITY)
	private String responsibility;

	protected ProposedMember() {
	}

	public ProposedMember(Long userId, String responsibility) {
		this.userId = Objects.requireNonNull(userId, "userId");
		this.responsibility = Text.optional(responsibility);
	}

	public Long getUserId() {
		return this.userId;
	}

	public String getResponsibility() {
		return this.responsibility;
	}

}
