package com.kacrm.web.audit;

import java.util.Optional;

import com.kacrm.persistence.audit.AuditActorSource;
import com.kacrm.persistence.audit.AuditTrailService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Exports are recorded in the audit trail ({@link ExportAuditInterceptor}). Web slice
 * tests run without the trail's service; the interceptor is then left out.
 */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<AuditTrailService> trail;

	private final ObjectProvider<AuditActorSource> actors;

	AuditWebConfiguration(ObjectProvider<AuditTrailService> trail, ObjectProvider<AuditActorSource> actors) {
		this.trail = trail;
		this.actors = actors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		AuditTrailService service = this.trail.getIfAvailable();
		if (service != null) {
			registry
				.addInterceptor(new ExportAuditInterceptor(service, this.actors.getIfAvailable(() -> Optional::empty)));
		}
	}

}
