package com.kacrm.web.opportunity;

import java.util.regex.Pattern;

import com.kacrm.domain.playbook.Milestone;

/**
 * A move of a deal to another milestone (THE move endpoint's parameters): the target, the
 * reason (needed back and past a closed gate), whether a manager overrides the gate, the
 * version the user read, and where the request came from ("board" for the board).
 */
public class MilestoneMoveForm {

	private static final Pattern BOARD_ADDRESS = Pattern.compile("/opportunities/board(\\?[A-Za-z0-9_.~%&=+\\-]*)?");

	private Milestone target;

	private String reason;

	private boolean override;

	private Long version;

	private String from;

	private String board;

	boolean isFromBoard() {
		return "board".equals(this.from);
	}

	/**
	 * The board to go back to, with the filters it had: the given board address when it
	 * is one (a path on this site, never another host), else the board without filters.
	 */
	String boardAddress() {
		return (this.board != null && BOARD_ADDRESS.matcher(this.board).matches()) ? this.board
				: "/opportunities/board";
	}

	public String getBoard() {
		return this.board;
	}

	public void setBoard(String board) {
		this.board = board;
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
