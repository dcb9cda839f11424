package com.kacrm.persistence.organisation;

/**
 * Turns a new password into the hash that is stored. The application's password encoder
 * is passed in by the caller, so this module needs no security library and a password is
 * hashed only after it passed the rules.
 */
@FunctionalInterface
public interface PasswordHasher {

	String hash(String rawPassword);

}
