package com.consulting.cse.execution;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.consulting.cse.content.JourneySteps;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ExecutionTests {

	private static final Instant STARTED = Instant.parse("2025-01-01T10:00:00Z");

	private static final Instant FIRST_DONE = Instant.parse("2025-01-01T11:00:00Z");

	private static final Instant SECOND_DONE = Instant.parse("2025-01-01T12:00:00Z");

	private static final Instant LATER = Instant.parse("2025-01-02T10:00:00Z");

	@Test
	void startsRunningWithEveryStepPending() {
		Execution execution = running();

		assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
		assertThat(execution.clientId()).isEqualTo("acme");
		assertThat(execution.context()).containsEntry("client_id", "acme");
		assertThat(execution.steps()).extracting(ExecutionStep::key, ExecutionStep::name, ExecutionStep::status)
			.containsExactly(tuple("kickoff", "Kick-off", ExecutionStep.Status.PENDING),
					tuple("setup", "Set up", ExecutionStep.Status.PENDING),
					tuple("handover", "Hand over", ExecutionStep.Status.PENDING));
		assertThat(execution.endedBy()).isNull();
	}

	@Test
	void completesStepsInOrderRecordingWhoAndWhen() {
		Execution execution = running();

		execution.completeStep("kickoff", "cleo", FIRST_DONE);
		execution.completeStep("setup", "sam", SECOND_DONE);

		assertThat(execution.steps()).extracting(ExecutionStep::status, ExecutionStep::completedBy,
				ExecutionStep::completedAt)
			.containsExactly(tuple(ExecutionStep.Status.COMPLETED, "cleo", FIRST_DONE),
					tuple(ExecutionStep.Status.COMPLETED, "sam", SECOND_DONE),
					tuple(ExecutionStep.Status.PENDING, null, null));
		assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
		assertThat(execution.updatedAt()).isEqualTo(SECOND_DONE);
		assertThat(execution.endedAt()).isNull();
	}

	@Test
	void completesTheExecutionWithItsLastStep() {
		Execution execution = running();
		execution.completeStep("kickoff", "cleo", FIRST_DONE);
		execution.completeStep("setup", "cleo", SECOND_DONE);

		execution.completeStep("handover", "sam", LATER);

		assertThat(execution.status()).isEqualTo(ExecutionStatus.COMPLETED);
		assertThat(execution.endedBy()).isEqualTo("sam");
		assertThat(execution.endedAt()).isEqualTo(LATER);
		assertThat(execution.steps()).allSatisfy(
				(step) -> assertThat(step.status()).isEqualTo(ExecutionStep.Status.COMPLETED));
	}

	@Test
	void completesASingleStepExecutionWithItsOnlyStep() {
		Execution execution = Execution.running("exe-2", newExecution(List.of(new JourneySteps.Step("only", "Only"))),
				null, STARTED);

		execution.completeStep("only", "sam", LATER);

		assertThat(execution.status()).isEqualTo(ExecutionStatus.COMPLETED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "setup", "handover", "unknown", "KICKOFF", "" })
	void refusesAnyStepButTheNextPendingOneAndChangesNothing(String key) {
		Execution execution = running();

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> execution.completeStep(key, "sam", LATER))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(execution).usingRecursiveComparison().isEqualTo(running());
	}

	@Test
	void refusesToCompleteAStepTwice() {
		Execution execution = running();
		execution.completeStep("kickoff", "cleo", FIRST_DONE);
		Execution expected = running();
		expected.completeStep("kickoff", "cleo", FIRST_DONE);

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> execution.completeStep("kickoff", "sam", LATER))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(execution).usingRecursiveComparison().isEqualTo(expected);
	}

	@Test
	void refusesStepsOfACompletedExecution() {
		Execution execution = completed();

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> execution.completeStep("handover", "sam", LATER))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(execution).usingRecursiveComparison().isEqualTo(completed());
	}

	@Test
	void cancelsARunningExecution() {
		Execution execution = running();
		execution.completeStep("kickoff", "cleo", FIRST_DONE);

		execution.cancel("sam", LATER);

		assertThat(execution.status()).isEqualTo(ExecutionStatus.CANCELLED);
		assertThat(execution.endedBy()).isEqualTo("sam");
		assertThat(execution.endedAt()).isEqualTo(LATER);
		assertThat(execution.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void refusesToCancelACompletedExecution() {
		Execution execution = completed();

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> execution.cancel("sam", LATER))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(execution).usingRecursiveComparison().isEqualTo(completed());
	}

	@Test
	void refusesToCancelOrContinueACancelledExecution() {
		Execution execution = cancelled();

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> execution.cancel("cleo", LATER))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> execution.completeStep("kickoff", "cleo", LATER))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(execution).usingRecursiveComparison().isEqualTo(cancelled());
	}

	private static Execution running() {
		return Execution.running("exe-1", newExecution(List.of(new JourneySteps.Step("kickoff", "Kick-off"),
				new JourneySteps.Step("setup", "Set up"), new JourneySteps.Step("handover", "Hand over"))), null, STARTED);
	}

	private static Execution completed() {
		Execution execution = running();
		execution.completeStep("kickoff", "cleo", FIRST_DONE);
		execution.completeStep("setup", "cleo", SECOND_DONE);
		execution.completeStep("handover", "cleo", SECOND_DONE);
		return execution;
	}

	private static Execution cancelled() {
		Execution execution = running();
		execution.cancel("sam", FIRST_DONE);
		return execution;
	}

	private static NewExecution newExecution(List<JourneySteps.Step> steps) {
		return new NewExecution("jrn-1", "acme", "cleo", "manual", Map.of("client_id", "acme"), "abc123", steps);
	}

}
