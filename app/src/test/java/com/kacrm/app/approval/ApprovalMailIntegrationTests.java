package com.kacrm.app.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.kacrm.app.approval.ApprovalDeals.Deal;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.approval.ApprovalNotices;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.inbox.InboxService;
import com.kacrm.persistence.inbox.NoticeRow;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.organisation.UserDraft;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * E-mails about 立项 requests through a real SMTP server (GreenMail on a free port): the
 * team's manager is mailed a submission in Chinese (no preferred language), the rep the
 * approval in English (their preference), each with the number, the project and the link
 * to the request; a mail server that is down changes nothing of the step or its notices.
 * Each test works in a region and team of its own, so only its people receive mail.
 */
@CrmIntegrationTest
class ApprovalMailIntegrationTests {

	static final String BASE_URL = "https://crm.example.test";

	static final int SMTP_PORT = freePort();

	static GreenMail smtp;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrganisationService organisation;

	@Autowired
	OrganisationAdminService organisationAdmin;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	InboxService inbox;

	@Autowired
	ApprovalService approvals;

	ApprovalDeals deals;

	String manager;

	String rep;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("crm.base-url", () -> BASE_URL + "/");
		registry.add("crm.mail.from", () -> "大客户 CRM <crm@example.test>");
	}

	@BeforeAll
	static void startMailServer() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@BeforeEach
	void teamOfTheirOwn() {
		String code = "M" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
		this.organisation.createRegion(code, new LocalizedName("邮件区" + code, "Mail region " + code));
		this.organisation.createTeam(code, new LocalizedName("邮件队" + code, "Mail team " + code), code);
		this.manager = "mail.manager." + code.toLowerCase();
		this.rep = "mail.rep." + code.toLowerCase();
		createUser(this.manager, "周经理", Role.MANAGER, code, null, this.manager + "@example.test");
		this.organisation.appointManager(code, this.manager);
		createUser(this.rep, "吴代表", Role.REP, code, "en", this.rep + "@example.test");
		this.deals = new ApprovalDeals(this.context, this.rep, code);
	}

	@Test
	void theManagerIsMailedTheSubmissionInChineseAndTheRepTheApprovalInEnglish() throws Exception {
		Deal deal = this.deals.readyForApproval("邮件");
		long id = this.deals.submitted(deal);
		String number = this.deals.number(id);

		List<MimeMessage> toManager = mailsTo(this.manager + "@example.test");
		assertThat(toManager).hasSize(1);
		MimeMessage submission = toManager.get(0);
		assertThat(submission.getSubject()).isEqualTo("【待审批】立项申请 " + number + "「" + deal.name() + "」");
		assertThat(submission.getFrom()[0].toString()).contains("crm@example.test");
		assertThat(body(submission)).startsWith("周经理，您好：")
			.contains("吴代表 提交了立项申请 " + number + "「" + deal.name() + "」，等待您审批。")
			.contains("查看申请：" + BASE_URL + "/approvals/" + id);
		assertThat(mailsTo(this.rep + "@example.test")).as("the rep submitted it: no mail to themselves").isEmpty();

		this.approvals.approve(id, "同意，尽快组织技术交流", this.deals.viewer(this.manager));

		List<MimeMessage> toRep = mailsTo(this.rep + "@example.test");
		assertThat(toRep).hasSize(1);
		MimeMessage approval = toRep.get(0);
		assertThat(approval.getSubject())
			.isEqualTo("[Approved] Project approval request " + number + " \"" + deal.name() + "\"");
		assertThat(body(approval)).startsWith("Hello 吴代表,")
			.contains("Your project approval request " + number + " \"" + deal.name()
					+ "\" was approved by 周经理. 同意，尽快组织技术交流")
			.contains("Open the request: " + BASE_URL + "/approvals/" + id);
		assertThat(mailsTo(this.manager + "@example.test")).as("the manager decided: no second mail").hasSize(1);
	}

	@Test
	void aMailServerThatIsDownChangesNothingOfTheStepOrItsNotices() {
		smtp.stop();
		try {
			long id = this.deals.submitted(this.deals.readyForApproval("断邮"));

			assertThat(this.approvals.show(id, this.deals.viewer(this.rep)).status())
				.isEqualTo(ApprovalStatus.SUBMITTED);
			List<NoticeRow> notices = this.inbox.notices(this.deals.viewer(this.manager), PageRequest.of(0, 10))
				.getContent();
			assertThat(notices).extracting(NoticeRow::kind, NoticeRow::subjectType, NoticeRow::subjectId)
				.containsExactly(tuple(NoticeKind.APPROVAL_SUBMITTED, ApprovalNotices.SUBJECT_TYPE, id));
		}
		finally {
			smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
		}
	}

	private void createUser(String username, String displayName, Role role, String team, String locale, String email) {
		this.organisationAdmin.createUser(new UserDraft(username, displayName, role, team, locale, email), "password-1",
				this.passwordEncoder::encode, Actor.system("test"));
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String body(MimeMessage message) throws IOException, MessagingException {
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
