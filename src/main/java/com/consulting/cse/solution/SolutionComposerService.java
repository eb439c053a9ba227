package com.consulting.cse.solution;

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
import com.consulting.cse.content.JsonObjects;
import com.consulting.cse.content.RunContexts;
import com.consulting.cse.deployment.DeploymentService;
import com.consulting.cse.deployment.DeploymentView;
import com.consulting.cse.deployment.NewDeployment;
import com.consulting.cse.idempotency.IdempotencyKey;
import com.consulting.cse.idempotency.Recorded;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.Ids;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The solution feature's application service: converting approved artifacts into solutions, creating
 * solutions directly, and deploying them for the client the client rule decides, after validating it
 * against the solution's owner.
 */
@Service
public class SolutionComposerService {

	private final Solutions solutions;

	private final ArtifactService artifacts;

	private final ClientDirectory clients;

	private final DeploymentService deployments;

	private final Clock clock;

	private final RunOutcomes outcomes;

	SolutionComposerService(Solutions solutions, ArtifactService artifacts, ClientDirectory clients,
			DeploymentService deployments, Clock clock, RunOutcomes outcomes) {
		this.solutions = solutions;
		this.artifacts = artifacts;
		this.clients = clients;
		this.deployments = deployments;
		this.clock = clock;
		this.outcomes = outcomes;
	}

	SolutionView create(Caller caller, CreateSolutionRequest request) {
		return (request.artifactId() != null) ? convert(caller, request.artifactId()) : compose(caller, request);
	}

	SolutionView get(Caller caller, String id) {
		return SolutionView.of(this.solutions.findByIdIn(id, caller.documentScope())
			.orElseThrow(() -> ApiException.notFound("solution", id)));
	}

	Page<SolutionView> list(Caller caller, String clientId, Pageable pageable) {
		return this.solutions.findIn(caller.documentScope(), clientId, pageable).map(SolutionView::of);
	}

	Recorded<DeploymentView> deploy(Caller caller, String solutionId, DeployRequest request, IdempotencyKey key) {
		return this.outcomes.count(RunOutcomes.Kind.DEPLOYMENT, () -> recordDeployment(caller, solutionId, request, key),
				DeploymentView::id);
	}

	private Recorded<DeploymentView> recordDeployment(Caller caller, String solutionId, DeployRequest request,
			IdempotencyKey key) {
		String requestedByContext = RunContexts.requestedClient(request.context());
		Solution solution = this.solutions.findForRun(solutionId).orElse(null);
		ClientResolution.Target target = (solution != null) ? ClientResolution.Target.ownedBy(solution.clientId())
				: ClientResolution.Target.missing();
		String clientId;
		try {
			clientId = this.clients.resolveRunClient(caller, request.clientId(), requestedByContext, target);
		}
		catch (ApiException refused) {
			// a retry answers as the first request did, even if the solution or the caller's rights changed since
			return Optional.ofNullable(key).flatMap(this.deployments::replay).orElseThrow(() -> refused);
		}
		return this.deployments.record(new NewDeployment(solution.id(), clientId, caller.userId(),
				request.strategyOrDefault(), RunContexts.forClient(request.context(), clientId),
				solution.contentSha256()), key);
	}

	private SolutionView convert(Caller caller, String artifactId) {
		ApprovedArtifact artifact = this.artifacts.approvedForConversion(caller, artifactId, ArtifactKind.SOLUTION);
		Solution solution;
		try {
			solution = this.solutions.insert(Solution.converted(Ids.next("sol"), artifact, caller.userId(), now()));
		}
		catch (DuplicateKeyException ex) {
			this.solutions.findByArtifactId(artifactId)
				.ifPresent((existing) -> this.artifacts.implement(caller, artifactId, existing.id()));
			throw ApiException.invalidState("The artifact has already been converted");
		}
		this.artifacts.implement(caller, artifactId, solution.id());
		return SolutionView.of(solution);
	}

	private SolutionView compose(Caller caller, CreateSolutionRequest request) {
		JsonObjects.require("definition", request.definition(), ArtifactService.MAX_CONTENT_BYTES);
		if (request.clientId() != null) {
			this.clients.requireAuthorized(caller, request.clientId());
		}
		return SolutionView.of(this.solutions.insert(Solution.composed(Ids.next("sol"), request.name(),
				request.clientId(), request.definition(), caller.userId(), now())));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
