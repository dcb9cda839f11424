package com.kacrm.app.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the application's scheduled jobs (the lead sheet's 定期转发, the pool's returns).
 * Every node runs them; each job guards itself with a database lock so that several nodes
 * do a job's work once. A job's cron property set to {@code -} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
