package com.kacrm.web.shared;

/**
 * The part every form of a named record shares: the Chinese name (required, the manual's
 * term), the English name (optional) and the version the form was opened on, which the
 * service compares so concurrent edits never overwrite each other.
 */
public abstract class NamedForm {

	private String nameZh;

	private String nameEn;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
