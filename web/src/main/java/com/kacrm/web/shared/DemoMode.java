package com.kacrm.web.shared;

/**
 * Whether the demo data and logins are loaded; the login page shows the demo password
 * only then.
 */
public record DemoMode(boolean enabled) {
}
