package com.kacrm.web.lead;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the import limits ({@code crm.leads.import.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeadImportLimits.class)
class LeadImportConfiguration {

}
