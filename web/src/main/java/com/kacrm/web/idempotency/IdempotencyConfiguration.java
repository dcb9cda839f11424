package com.kacrm.web.idempotency;

import com.kacrm.persistence.idempotency.IdempotentRequests;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Double-submit protection (issue 10): the {@link IdempotencyFilter} after Spring
 * Security's filter chain (order -100 by default), and the hidden
 * {@value IdempotencyFilter#FORM_FIELD} field in every posting form.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	/**
	 * Spring's and Spring Security's name of the processor Thymeleaf asks for hidden
	 * fields.
	 */
	static final String PROCESSOR_BEAN = "requestDataValueProcessor";

	/** After Spring Security's filter chain (-100), so the user is known. */
	static final int FILTER_ORDER = 0;

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests,
			@Value("${crm.idempotency.form-wait:10s}") java.time.Duration formWait) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(requests, formWait.toMillis()));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	static BeanPostProcessor submissionFieldPostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (PROCESSOR_BEAN.equals(beanName) && bean instanceof RequestDataValueProcessor processor
						&& !(bean instanceof SubmissionFieldProcessor)) {
					return new SubmissionFieldProcessor(processor);
				}
				return bean;
			}
		};
	}

}
