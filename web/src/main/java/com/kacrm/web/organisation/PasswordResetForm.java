package com.kacrm.web.organisation;

/** A new password chosen by the admin, typed twice. */
public class PasswordResetForm {

	private String password;

	private String passwordConfirmation;

	boolean confirmed() {
		return this.password != null && this.password.equals(this.passwordConfirmation);
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return this.passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

}
