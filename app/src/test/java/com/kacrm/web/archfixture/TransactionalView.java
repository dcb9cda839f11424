package com.kacrm.web.archfixture;

import org.springframework.transaction.annotation.Transactional;

/** Breaks a rule on purpose: a transaction opened outside persistence. */
public class TransactionalView {

	@Transactional
	public void render() {
	}

}
