package com.kacrm.persistence.report;

/** A rep's line of the KPI report. */
public record KpiRep(long userId, String name, KpiFigures figures) {

}
