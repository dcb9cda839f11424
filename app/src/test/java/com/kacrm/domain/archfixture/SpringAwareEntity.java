package com.kacrm.domain.archfixture;

import org.springframework.util.Assert;

/**
 * Breaks a rule on purpose: domain code that uses Spring. Only ArchitectureRulesBiteTests
 * imports it.
 */
public class SpringAwareEntity {

	public void rename(String name) {
		Assert.hasText(name, "name");
	}

}
