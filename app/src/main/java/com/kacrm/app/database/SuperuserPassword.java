package com.kacrm.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The embedded server's superuser password, kept in a file beside the data directory that
 * only its owner can read. Generated once (32 characters of [A-Za-z0-9], about 190 bits)
 * and reused for the life of the cluster.
 */
final class SuperuserPassword {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final Path file;

	private final String value;

	private boolean stored;

	private SuperuserPassword(Path file, String value, boolean stored) {
		this.file = file;
		this.value = value;
		this.stored = stored;
	}

	/** The password stored beside {@code dataDir}, or a new one not yet stored. */
	static SuperuserPassword beside(Path dataDir) throws IOException {
		Path file = dataDir.resolveSibling(dataDir.getFileName() + ".password");
		String stored = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
		return stored.isEmpty() ? new SuperuserPassword(file, generate(), false)
				: new SuperuserPassword(file, stored, true);
	}

	/**
	 * Whether this password was read from its file, i.e. the cluster has been using it.
	 */
	boolean isStored() {
		return this.stored;
	}

	void store() throws IOException {
		Files.deleteIfExists(this.file);
		Files.createFile(this.file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(this.file, this.value + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
		this.stored = true;
	}

	Path file() {
		return this.file;
	}

	String value() {
		return this.value;
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(32);
		for (int i = 0; i < 32; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
