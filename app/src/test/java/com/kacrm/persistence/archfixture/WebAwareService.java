package com.kacrm.persistence.archfixture;

import com.kacrm.web.shared.DemoMode;

/** Breaks a rule on purpose: persistence code that depends on the web module. */
public class WebAwareService {

	public boolean demo(DemoMode mode) {
		return mode.enabled();
	}

}
