package com.kacrm.persistence.audit;

import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link AuditActorDataSource} in front of the application's data source, so every
 * connection, whoever takes it (JPA, JdbcClient, Flyway), tells the audit trigger who
 * acts.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

	@Bean
	static BeanPostProcessor auditActorDataSourcePostProcessor(ObjectProvider<AuditActorSource> actors) {
		AuditActorSource lazy = () -> actors.getIfAvailable(() -> Optional::empty).current();
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof AuditActorDataSource)) {
					return new AuditActorDataSource(dataSource, lazy);
				}
				return bean;
			}

		};
	}

}
