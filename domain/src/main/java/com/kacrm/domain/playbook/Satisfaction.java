package com.kacrm.domain.playbook;

/** How a checklist item (任务清单项) of a milestone gets done. */
public enum Satisfaction {

	/** The rep ticks it and gives evidence: a note or a linked record. */
	MANUAL_WITH_EVIDENCE,

	/** The data satisfies it by itself, by the item's {@link AutomaticRule}. */
	AUTOMATIC

}
