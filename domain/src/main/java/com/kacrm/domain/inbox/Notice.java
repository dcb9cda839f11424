package com.kacrm.domain.inbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.organisation.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A notice in one user's inbox: the system telling them something that needs their
 * attention (a region's lead sheet, a lead about to return to the pool). The text is
 * rendered in the reader's language from the kind and the arguments; the notice links to
 * the record it is about. Read once opened; never edited.
 */
@Entity
@Table(name = "notice")
public class Notice {

	private static final String SEPARATOR = "\u001f";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recipient_id", nullable = false, updatable = false)
	private User recipient;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 32)
	private NoticeKind kind;

	/** The record the notice is about (history subject type, e.g. LEAD), or null. */
	@Column(name = "subject_type", updatable = false, length = 32)
	private String subjectType;

	@Column(name = "subject_id", updatable = false)
	private Long subjectId;

	@Column(name = "arguments", nullable = false, updatable = false, length = 2000)
	private String arguments;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notice() {
	}

	public Notice(User recipient, NoticeKind kind, String subjectType, Long subjectId, List<String> arguments,
			Instant createdAt) {
		this.recipient = Objects.requireNonNull(recipient, "recipient");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.arguments = String.join(SEPARATOR, arguments);
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/** The recipient has seen it; reading again keeps the first time. */
	public void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	public Long getId() {
		return this.id;
	}

	public User getRecipient() {
		return this.recipient;
	}

	public NoticeKind getKind() {
		return this.kind;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public List<String> getArguments() {
		return this.arguments.isEmpty() ? List.of() : Arrays.asList(this.arguments.split(SEPARATOR, -1));
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

}
