package com.consulting.cse.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.consulting.cse.artifact.ApprovedArtifact;
import com.consulting.cse.artifact.ArtifactKind;
import com.consulting.cse.artifact.ArtifactService;
import com.consulting.cse.caller.Caller;
import com.consulting.cse.client.ClientDirectory;
import com.consulting.cse.client.ClientResolution;
import com.consulting.cse.client.RunOutcomes;
import com.consulting.cse.content.JourneySteps;
import com.consulting.cse.content.JsonObjects;
import com.consulting.cse.content.RunContexts;
import com.consulting.cse.execution.ExecutionService;
import com.consulting.cse.execution.ExecutionView;
import com.consulting.cse.execution.NewExecution;
import com.consulting.cse.idempotency.IdempotencyKey;
import com.consulting.cse.idempotency.Recorded;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.Ids;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The journey feature's application service: converting approved artifacts into journeys, creating
 * journeys directly, and executing them for the client the client rule decides, after validating it
 * against the journey's owner.
 */
@Service
public class JourneyOrchestratorService {

	private final Journeys journeys;

	private final ArtifactService artifacts;

	private final ClientDirectory clients;

	private final ExecutionService executions;

	private final Clock clock;

	private final RunOutcomes outcomes;

	JourneyOrchestratorService(Journeys journeys, ArtifactService artifacts, ClientDirectory clients,
			ExecutionService executions, Clock clock, RunOutcomes outcomes) {
		this.journeys = journeys;
		this.artifacts = artifacts;
		this.clients = clients;
		this.executions = executions;
		this.clock = clock;
		this.outcomes = outcomes;
	}

	JourneyView create(Caller caller, CreateJourneyRequest request) {
		return (request.artifactId() != null) ? convert(caller, request.artifactId()) : compose(caller, request);
	}

	JourneyView get(Caller caller, String id) {
		return JourneyView.of(this.journeys.findByIdIn(id, caller.documentScope())
			.orElseThrow(() -> ApiException.notFound("journey", id)));
	}

	Page<JourneyView> list(Caller caller, String clientId, Pageable pageable) {
		return this.journeys.findIn(caller.documentScope(), clientId, pageable).map(JourneyView::of);
	}

	Recorded<ExecutionView> execute(Caller caller, String journeyId, ExecuteRequest request, IdempotencyKey key) {
		return this.outcomes.count(RunOutcomes.Kind.EXECUTION, () -> recordExecution(caller, journeyId, request, key),
				ExecutionView::id);
	}

	private Recorded<ExecutionView> recordExecution(Caller caller, String journeyId, ExecuteRequest request,
			IdempotencyKey key) {
		String requestedByContext = RunContexts.requestedClient(request.context());
		Journey journey = this.journeys.findForRun(journeyId).orElse(null);
		ClientResolution.Target target = (journey != null) ? ClientResolution.Target.ownedBy(journey.clientId())
				: ClientResolution.Target.missing();
		String clientId;
		try {
			clientId = this.clients.resolveRunClient(caller, request.clientId(), requestedByContext, target);
		}
		catch (ApiException refused) {
			// a retry answers as the first request did, even if the journey or the caller's rights changed since
			return Optional.ofNullable(key).flatMap(this.executions::replay).orElseThrow(() -> refused);
		}
		return this.executions.record(new NewExecution(journey.id(), clientId, caller.userId(),
				request.modeOrDefault(), RunContexts.forClient(request.context(), clientId), journey.contentSha256(),
				JourneySteps.from("definition", journey.definition())), key);
	}

	private JourneyView convert(Caller caller, String artifactId) {
		ApprovedArtifact artifact = this.artifacts.approvedForConversion(caller, artifactId, ArtifactKind.JOURNEY);
		Journey journey;
		try {
			journey = this.journeys.insert(Journey.converted(Ids.next("jrn"), artifact, caller.userId(), now()));
		}
		catch (DuplicateKeyException ex) {
			this.journeys.findByArtifactId(artifactId)
				.ifPresent((existing) -> this.artifacts.implement(caller, artifactId, existing.id()));
			throw ApiException.invalidState("The artifact has already been converted");
		}
		this.artifacts.implement(caller, artifactId, journey.id());
		return JourneyView.of(journey);
	}

	private JourneyView compose(Caller caller, CreateJourneyRequest request) {
		JsonObjects.require("definition", request.definition(), ArtifactService.MAX_CONTENT_BYTES);
		JourneySteps.from("definition", request.definition());
		if (request.clientId() != null) {
			this.clients.requireAuthorized(caller, request.clientId());
		}
		return JourneyView.of(this.journeys.insert(Journey.composed(Ids.next("jrn"), request.name(),
				request.clientId(), request.definition(), caller.userId(), now())));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
