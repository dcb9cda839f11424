package com.kacrm.persistence.industry;

import com.kacrm.domain.shared.LocalizedName;

/** An industry the notes' filter and form offer; new notes only for active ones. */
public record IndustryChoice(long id, LocalizedName name, boolean active) {

}
