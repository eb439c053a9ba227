package com.consulting.cse.deployment;

import java.time.Instant;
import java.util.Map;

import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeploymentTests {

	private static final Instant REQUESTED = Instant.parse("2025-01-01T10:00:00Z");

	private static final Instant ENDED = Instant.parse("2025-01-01T11:00:00Z");

	private static final Instant LATER = Instant.parse("2025-01-02T10:00:00Z");

	@Test
	void startsRequestedForTheResolvedClient() {
		Deployment deployment = requested();

		assertThat(deployment.status()).isEqualTo(DeploymentStatus.REQUESTED);
		assertThat(deployment.clientId()).isEqualTo("acme");
		assertThat(deployment.userId()).isEqualTo("sam");
		assertThat(deployment.context()).containsEntry("client_id", "acme");
		assertThat(deployment.outcomeBy()).isNull();
		assertThat(deployment.outcomeAt()).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = DeploymentStatus.class, names = { "SUCCEEDED", "FAILED" })
	void recordsItsOutcome(DeploymentStatus outcome) {
		Deployment deployment = requested();

		deployment.recordOutcome(outcome, "rolled out to eu-west", "sam", ENDED);

		assertThat(deployment.status()).isEqualTo(outcome);
		assertThat(deployment.detail()).isEqualTo("rolled out to eu-west");
		assertThat(deployment.outcomeBy()).isEqualTo("sam");
		assertThat(deployment.outcomeAt()).isEqualTo(ENDED);
		assertThat(deployment.updatedAt()).isEqualTo(ENDED);
	}

	@ParameterizedTest
	@EnumSource(value = DeploymentStatus.class, names = { "SUCCEEDED", "FAILED" })
	void recordsItsOutcomeOnlyOnce(DeploymentStatus second) {
		Deployment deployment = succeeded();

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> deployment.recordOutcome(second, "again", "ada", LATER))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(deployment).usingRecursiveComparison().isEqualTo(succeeded());
	}

	@Test
	void refusesRequestedAsAnOutcome() {
		Deployment deployment = requested();

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> deployment.recordOutcome(DeploymentStatus.REQUESTED, null, "sam", ENDED))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.VALIDATION_FAILED);
		assertThat(deployment).usingRecursiveComparison().isEqualTo(requested());
	}

	private static Deployment requested() {
		return Deployment.requested("dep-1", new NewDeployment("sol-1", "acme", "sam", "rolling",
				Map.of("client_id", "acme", "region", "eu-west"), "abc123"), null, REQUESTED);
	}

	private static Deployment succeeded() {
		Deployment deployment = requested();
		deployment.recordOutcome(DeploymentStatus.SUCCEEDED, "done", "sam", ENDED);
		return deployment;
	}

}
