package com.kacrm.web.shared;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links are written as the templates spell them. Spring Boot turns on its resource URL
 * filter because the WebJars locator is on the class path; that filter looks every link
 * of every page up among the static resources (static assets are served from
 * {@code /**}), and a link to a page is never found, so never cached: a jar lookup per
 * link, about four fifths of the CPU of a signed-in page (docs/performance.md). Assets
 * keep plain URLs, and WebJars are still resolved without their version when requested.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetLinkConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> linksAsWritten() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
