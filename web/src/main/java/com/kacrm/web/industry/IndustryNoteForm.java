package com.kacrm.web.industry;

/**
 * The form of a new industry note; the domain checks it (required title and content,
 * lengths, an active industry).
 */
public class IndustryNoteForm {

	private Long industryId;

	private String title;

	private String content;

	private String source;

	public Long getIndustryId() {
		return this.industryId;
	}

	public void setIndustryId(Long industryId) {
		this.industryId = industryId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
