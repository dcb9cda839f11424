package com.kacrm.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import com.kacrm.domain.organisation.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A user's secret calendar feed: the address a phone calendar subscribes to without a
 * password, carrying a random token. Only the token's SHA-256 is kept, so whoever reads
 * the table cannot subscribe to anybody's feed; the token is shown to its user once, when
 * the feed is created. One feed per user: creating a new one replaces (revokes) the old,
 * deleting it revokes it. Never edited.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", nullable = false, updatable = false)
	private User user;

	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected CalendarFeed() {
	}

	/**
	 * The feed of {@code user} opened by {@code token}; only the token's hash is kept.
	 */
	public CalendarFeed(User user, String token, Instant createdAt) {
		this.user = Objects.requireNonNull(user, "user");
		this.tokenHash = hashOf(token);
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/** The lowercase hex SHA-256 of the token's UTF-8 bytes: what the table stores. */
	public static String hashOf(String token) {
		Objects.requireNonNull(token, "token");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	public Long getId() {
		return this.id;
	}

	public User getUser() {
		return this.user;
	}

	public String getTokenHash() {
		return this.tokenHash;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
