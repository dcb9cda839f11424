package com.kacrm.persistence.competitor;

/** A competitor to choose in a form. */
public record CompetitorChoice(long id, String name) {

}
