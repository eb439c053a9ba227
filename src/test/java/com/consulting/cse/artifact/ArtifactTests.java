package com.consulting.cse.artifact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.consulting.cse.content.ContentDigest;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class ArtifactTests {

	private static final Instant CREATED = Instant.parse("2025-01-01T10:00:00Z");

	private static final Instant LATER = Instant.parse("2025-01-02T10:00:00Z");

	private static final Map<String, Object> CONTENT = Map.of("goal", "faster onboarding", "budget", 1000);

	@Test
	void startsAsADraftAtVersionOne() {
		Artifact artifact = draft();

		assertThat(artifact.status()).isEqualTo(ArtifactStatus.DRAFT);
		assertThat(artifact.version()).isEqualTo(1);
		assertThat(artifact.createdBy()).isEqualTo("sam");
		assertThat(artifact.events()).extracting(ArtifactEvent::action, ArtifactEvent::fromStatus,
				ArtifactEvent::toStatus, ArtifactEvent::actor)
			.containsExactly(tuple(ArtifactEvent.Action.CREATED, null, ArtifactStatus.DRAFT, "sam"));
	}

	@Test
	void editsADraftAndBumpsItsVersion() {
		Artifact artifact = draft();
		Map<String, Object> edited = Map.of("goal", "fewer tickets");

		artifact.edit("Onboarding v2", edited, "sam", LATER);

		assertThat(artifact.status()).isEqualTo(ArtifactStatus.DRAFT);
		assertThat(artifact.version()).isEqualTo(2);
		assertThat(artifact.title()).isEqualTo("Onboarding v2");
		assertThat(artifact.content()).isEqualTo(edited);
		assertThat(artifact.updatedAt()).isEqualTo(LATER);
		assertThat(artifact.events()).last()
			.isEqualTo(new ArtifactEvent(ArtifactEvent.Action.UPDATED, ArtifactStatus.DRAFT, ArtifactStatus.DRAFT,
					"sam", LATER, 2, null));
	}

	@Test
	void keepsWhatAnEditLeavesOut() {
		Artifact artifact = draft();

		artifact.edit(null, null, "sam", LATER);

		assertThat(artifact.title()).isEqualTo("Onboarding");
		assertThat(artifact.content()).isEqualTo(CONTENT);
	}

	@Test
	void sharesADraftForReview() {
		Artifact artifact = draft();

		artifact.share("sam", LATER);

		assertThat(artifact.status()).isEqualTo(ArtifactStatus.REVIEW);
		assertThat(artifact.version()).isEqualTo(1);
		assertThat(artifact.events()).last()
			.isEqualTo(new ArtifactEvent(ArtifactEvent.Action.SHARED, ArtifactStatus.DRAFT, ArtifactStatus.REVIEW,
					"sam", LATER, 1, null));
	}

	@Test
	void approvesAnArtifactInReviewRecordingWhoWhenWhichVersionAndDigest() {
		Artifact artifact = draft();
		Map<String, Object> edited = Map.of("goal", "fewer tickets", "steps", List.of("a", "b"));
		artifact.edit(null, edited, "sam", CREATED);
		artifact.share("sam", CREATED);

		artifact.approve("cleo", LATER);

		assertThat(artifact.status()).isEqualTo(ArtifactStatus.APPROVED);
		assertThat(artifact.approvedBy()).isEqualTo("cleo");
		assertThat(artifact.approvedAt()).isEqualTo(LATER);
		assertThat(artifact.approvedVersion()).isEqualTo(2L);
		assertThat(artifact.contentSha256()).isEqualTo(ContentDigest.of(edited))
			.isNotEqualTo(ContentDigest.of(CONTENT));
		assertThat(artifact.events()).last()
			.isEqualTo(new ArtifactEvent(ArtifactEvent.Action.APPROVED, ArtifactStatus.REVIEW,
					ArtifactStatus.APPROVED, "cleo", LATER, 2, null));
	}

	@Test
	void returnsAnArtifactInReviewToDraftWhenChangesAreRequested() {
		Artifact artifact = inReview();

		artifact.requestChanges("cleo", "Cut the budget", LATER);

		assertThat(artifact.status()).isEqualTo(ArtifactStatus.DRAFT);
		assertThat(artifact.approvedBy()).isNull();
		assertThat(artifact.contentSha256()).isNull();
		assertThat(artifact.events()).last()
			.isEqualTo(new ArtifactEvent(ArtifactEvent.Action.CHANGES_REQUESTED, ArtifactStatus.REVIEW,
					ArtifactStatus.DRAFT, "cleo", LATER, 1, "Cut the budget"));
	}

	@Test
	void marksAnApprovedArtifactImplemented() {
		Artifact artifact = approved();

		artifact.implement("sol-1", "sam", LATER);

		assertThat(artifact.status()).isEqualTo(ArtifactStatus.IMPLEMENTED);
		assertThat(artifact.implementationId()).isEqualTo("sol-1");
		assertThat(artifact.events()).last()
			.isEqualTo(new ArtifactEvent(ArtifactEvent.Action.IMPLEMENTED, ArtifactStatus.APPROVED,
					ArtifactStatus.IMPLEMENTED, "sam", LATER, 1, null));
	}

	@Test
	void recordsEveryTransitionOfItsLifecycleInOrder() {
		Artifact artifact = draft();
		artifact.share("sam", LATER);
		artifact.requestChanges("cleo", "More detail", LATER);
		artifact.edit(null, Map.of("goal", "more detail"), "sam", LATER);
		artifact.share("sam", LATER);
		artifact.approve("cleo", LATER);
		artifact.implement("sol-1", "sam", LATER);

		assertThat(artifact.events())
			.extracting(ArtifactEvent::action, ArtifactEvent::fromStatus, ArtifactEvent::toStatus,
					ArtifactEvent::actor, ArtifactEvent::version)
			.containsExactly(tuple(ArtifactEvent.Action.CREATED, null, ArtifactStatus.DRAFT, "sam", 1L),
					tuple(ArtifactEvent.Action.SHARED, ArtifactStatus.DRAFT, ArtifactStatus.REVIEW, "sam", 1L),
					tuple(ArtifactEvent.Action.CHANGES_REQUESTED, ArtifactStatus.REVIEW, ArtifactStatus.DRAFT,
							"cleo", 1L),
					tuple(ArtifactEvent.Action.UPDATED, ArtifactStatus.DRAFT, ArtifactStatus.DRAFT, "sam", 2L),
					tuple(ArtifactEvent.Action.SHARED, ArtifactStatus.DRAFT, ArtifactStatus.REVIEW, "sam", 2L),
					tuple(ArtifactEvent.Action.APPROVED, ArtifactStatus.REVIEW, ArtifactStatus.APPROVED, "cleo", 2L),
					tuple(ArtifactEvent.Action.IMPLEMENTED, ArtifactStatus.APPROVED, ArtifactStatus.IMPLEMENTED,
							"sam", 2L));
	}

	static Stream<Arguments> wrongStatusTransitions() {
		Consumer<Artifact> edit = (artifact) -> artifact.edit("New title", Map.of("goal", "other"), "sam", LATER);
		Consumer<Artifact> share = (artifact) -> artifact.share("sam", LATER);
		Consumer<Artifact> approve = (artifact) -> artifact.approve("cleo", LATER);
		Consumer<Artifact> requestChanges = (artifact) -> artifact.requestChanges("cleo", "No", LATER);
		Consumer<Artifact> implement = (artifact) -> artifact.implement("sol-9", "sam", LATER);
		return Stream.of(argumentSet("approve a draft", ArtifactStatus.DRAFT, approve),
				argumentSet("request changes on a draft", ArtifactStatus.DRAFT, requestChanges),
				argumentSet("implement a draft", ArtifactStatus.DRAFT, implement),
				argumentSet("edit in review", ArtifactStatus.REVIEW, edit),
				argumentSet("share in review", ArtifactStatus.REVIEW, share),
				argumentSet("implement in review", ArtifactStatus.REVIEW, implement),
				argumentSet("edit when approved", ArtifactStatus.APPROVED, edit),
				argumentSet("share when approved", ArtifactStatus.APPROVED, share),
				argumentSet("approve when approved", ArtifactStatus.APPROVED, approve),
				argumentSet("request changes when approved", ArtifactStatus.APPROVED, requestChanges),
				argumentSet("edit when implemented", ArtifactStatus.IMPLEMENTED, edit),
				argumentSet("share when implemented", ArtifactStatus.IMPLEMENTED, share),
				argumentSet("approve when implemented", ArtifactStatus.IMPLEMENTED, approve),
				argumentSet("request changes when implemented", ArtifactStatus.IMPLEMENTED, requestChanges),
				argumentSet("implement when implemented", ArtifactStatus.IMPLEMENTED, implement));
	}

	@ParameterizedTest
	@MethodSource("wrongStatusTransitions")
	void refusesATransitionFromTheWrongStatusAndChangesNothing(ArtifactStatus status, Consumer<Artifact> transition) {
		Artifact artifact = in(status);

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> transition.accept(artifact))
			.extracting(ApiException::code)
			.isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(artifact.status()).isEqualTo(status);
		assertThat(artifact).usingRecursiveComparison().isEqualTo(in(status));
	}

	private static Artifact in(ArtifactStatus status) {
		return switch (status) {
			case DRAFT -> draft();
			case REVIEW -> inReview();
			case APPROVED -> approved();
			case IMPLEMENTED -> implemented();
		};
	}

	private static Artifact draft() {
		return Artifact.draft("art-1", ArtifactKind.SOLUTION, "Onboarding", "acme", CONTENT, "sam", CREATED);
	}

	private static Artifact inReview() {
		Artifact artifact = draft();
		artifact.share("sam", CREATED);
		return artifact;
	}

	private static Artifact approved() {
		Artifact artifact = inReview();
		artifact.approve("cleo", CREATED);
		return artifact;
	}

	private static Artifact implemented() {
		Artifact artifact = approved();
		artifact.implement("sol-1", "sam", CREATED);
		return artifact;
	}

}
