package com.kacrm.app.approval;

import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.approval.ApprovalNotices;
import com.kacrm.persistence.approval.ApprovalRecipient;
import com.kacrm.persistence.approval.ApprovalStepTaken;
import com.kacrm.web.shared.SupportedLocaleResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails the people a step of a 立项 request concerns (the same people as the in-app
 * notices, {@link ApprovalNotices}) when SMTP is configured ({@code spring.mail.host}):
 * one plain-text mail each, in the recipient's language, with a link to the request.
 *
 * <p>
 * Mails go out only after the step committed, so nobody is told about a step that rolled
 * back; a mail server that is down or refuses a recipient is logged and changes nothing,
 * as the step has happened and its notices are in the inboxes. Without a mail server (no
 * {@link JavaMailSender}) nothing is sent. Users without an address get the notice only.
 */
@Component
class ApprovalMailer {

	private static final Logger logger = LoggerFactory.getLogger(ApprovalMailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final ApprovalNotices notices;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	ApprovalMailer(ObjectProvider<JavaMailSender> mailSender, ApprovalNotices notices, MessageSource messages,
			@Value("${crm.base-url:http://localhost:8080}") String baseUrl,
			@Value("${crm.mail.from:crm@localhost}") String from) {
		this.mailSender = mailSender;
		this.notices = notices;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onStepTaken(ApprovalStepTaken step) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		List<ApprovalRecipient> recipients;
		try {
			recipients = this.notices.recipientsOf(step);
		}
		catch (RuntimeException ex) {
			logger.warn("No e-mails about approval request {} ({} -> {}): recipients unknown", step.number(),
					step.from(), step.to(), ex);
			return;
		}
		for (ApprovalRecipient recipient : recipients) {
			if (recipient.hasEmail()) {
				send(sender, mailTo(recipient, step), step);
			}
		}
	}

	private void send(JavaMailSender sender, SimpleMailMessage mail, ApprovalStepTaken step) {
		try {
			sender.send(mail);
			logger.info("E-mailed {} about approval request {} ({})", String.join(",", mail.getTo()), step.number(),
					step.to());
		}
		catch (MailException ex) {
			logger.warn("Could not e-mail {} about approval request {} ({}): {}", String.join(",", mail.getTo()),
					step.number(), step.to(), ex.toString());
		}
		catch (RuntimeException ex) {
			// Whatever else goes wrong, the committed step's response must not fail.
			logger.warn("Could not e-mail {} about approval request {} ({})", String.join(",", mail.getTo()),
					step.number(), step.to(), ex);
		}
	}

	/** The recipient's mail: subject, greeting, what happened, the link, the footer. */
	SimpleMailMessage mailTo(ApprovalRecipient recipient, ApprovalStepTaken step) {
		Locale locale = SupportedLocaleResolver.fromPreference(recipient.preferredLocale());
		if (locale == null) {
			locale = SupportedLocaleResolver.CHINESE;
		}
		String kind = recipient.kind().name();
		Object[] arguments = ApprovalNotices.argumentsOf(step).toArray();
		String link = this.baseUrl + "/approvals/" + step.requestId();
		String body = message("mail.approval.greeting", locale, recipient.displayName()) + "\n\n"
				+ message("notice.body." + kind, locale, arguments).strip() + "\n\n"
				+ message("mail.approval.link", locale, link) + "\n\n-- \n" + message("mail.approval.footer", locale)
				+ "\n";
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(recipient.email());
		mail.setSubject(message("mail.approval.subject." + kind, locale, arguments));
		mail.setText(body);
		return mail;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
