package com.kacrm.persistence.organisation;

/**
 * An edit of a team: names, region and manager ({@code managerUsername} blank for none).
 */
public record TeamChange(String nameZh, String nameEn, String regionCode, String managerUsername) {
}
