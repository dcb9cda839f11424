package com.kacrm.web.opportunity;

import com.kacrm.domain.playbook.Milestone;

/**
 * A move of a deal to another milestone (THE move endpoint's parameters): the target, the
 * reason (needed back and past a closed gate), whether a manager overrides the gate, the
 * version the user read, and where the request came from ("board" for the board).
 */
public class MilestoneMoveForm {

	private Milestone target;

	private String reason;

	private boolean override;

	private Long version;

	private String from;

	boolean isFromBoard() {
		return "board".equals(this.from);
	}

	public Milestone getTarget() {
		return this.target;
	}

	public void setTarget(Milestone target) {
		this.target = target;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isOverride() {
		return this.override;
	}

	public void setOverride(boolean override) {
		this.override = override;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

}
