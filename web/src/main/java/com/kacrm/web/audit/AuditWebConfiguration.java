package com.kacrm.web.audit;

import com.kacrm.persistence.audit.AuditActorSource;
import com.kacrm.persistence.audit.AuditTrailService;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Exports are recorded in the audit trail ({@link ExportAuditInterceptor}). */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

	private final AuditTrailService trail;

	private final AuditActorSource actors;

	AuditWebConfiguration(AuditTrailService trail, AuditActorSource actors) {
		this.trail = trail;
		this.actors = actors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ExportAuditInterceptor(this.trail, this.actors));
	}

}
