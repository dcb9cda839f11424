package com.kacrm.app.security;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.organisation.NewUser;
import com.kacrm.persistence.organisation.OrganisationService;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class AdminBootstrapTests {

	final OrganisationService organisation = mock(OrganisationService.class);

	final PasswordEncoder encoder = PasswordHashing.encoder();

	@Test
	void createsTheFirstAdministratorWithTheGivenPassword() {
		new AdminBootstrap(this.organisation, this.encoder, "a-long-secret-123").run(null);
		org.mockito.ArgumentCaptor<NewUser> created = org.mockito.ArgumentCaptor.forClass(NewUser.class);
		verify(this.organisation).createUser(created.capture());
		assertThat(created.getValue().username()).isEqualTo("admin");
		assertThat(created.getValue().role()).isEqualTo(Role.ADMIN);
		assertThat(this.encoder.matches("a-long-secret-123", created.getValue().passwordHash())).isTrue();
		assertThat(created.getValue().passwordHash()).startsWith("{argon2}");
	}

	@Test
	void leavesAnExistingAdministratorAlone() {
		given(this.organisation.userExists("admin")).willReturn(true);
		new AdminBootstrap(this.organisation, this.encoder, "a-long-secret-123").run(null);
		verify(this.organisation, never()).createUser(any());
	}

	@Test
	void doesNothingWithoutAPassword() {
		new AdminBootstrap(this.organisation, this.encoder, "").run(null);
		verify(this.organisation, never()).createUser(any());
	}

	@Test
	void refusesAShortPassword() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new AdminBootstrap(this.organisation, this.encoder, "short").run(null));
	}

}
