package com.kacrm.web.contact;

/**
 * The manager a person is put under on the org chart (none: the top of the chart), on the
 * version of the person the page showed.
 */
public class MoveForm {

	private Long reportsToId;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	static MoveForm of(Long reportsToId, long version) {
		MoveForm form = new MoveForm();
		form.reportsToId = reportsToId;
		form.version = version;
		return form;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public void setReportsToId(Long reportsToId) {
		this.reportsToId = reportsToId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
