package com.kacrm.domain.reference;

/** How a tier's customers are covered: visited in person or followed by phone. */
public enum CoverageMode {

	FIELD_VISIT, PHONE

}
