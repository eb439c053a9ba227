package com.consulting.cse.store;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no MongoDB address is configured through the standard Spring Boot properties.
 */
class NoMongoAddressConfigured extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		for (String property : new String[] { "spring.mongodb.uri", "spring.mongodb.host" }) {
			if (StringUtils.hasText(context.getEnvironment().getProperty(property))) {
				return ConditionOutcome.noMatch(property + " is set");
			}
		}
		return ConditionOutcome.match("no MongoDB address is configured");
	}

}
