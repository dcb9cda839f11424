package com.kacrm.web.lead;

import com.kacrm.persistence.lead.ImportMode;

import org.springframework.web.multipart.MultipartFile;

/** The upload of a lead sheet: the file and what to do when some rows are invalid. */
public class LeadImportForm {

	private MultipartFile file;

	private ImportMode mode = ImportMode.ALL_OR_NOTHING;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public ImportMode getMode() {
		return this.mode;
	}

	public void setMode(ImportMode mode) {
		this.mode = (mode != null) ? mode : ImportMode.ALL_OR_NOTHING;
	}

}
