package com.kacrm.app.security;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing at OWASP's current recommendation: Argon2id with 19 MiB of memory, 2
 * iterations, 1 thread. Hashes carry their algorithm id ({@code {argon2}...}), so
 * stronger parameters or algorithms can be introduced later while old hashes keep
 * working; bcrypt (cost 12) is accepted for hashes imported from elsewhere.
 */
public final class PasswordHashing {

	private PasswordHashing() {
	}

	public static PasswordEncoder encoder() {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(12)));
	}

}
