package com.consulting.cse.deployment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.Ids;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The deployment feature's application service: writing the record of a deployment the solution feature
 * has authorized, reading records through the caller's scope, and recording outcomes.
 */
@Service
public class DeploymentService {

	private final Deployments deployments;

	private final Clock clock;

	DeploymentService(Deployments deployments, Clock clock) {
		this.deployments = deployments;
		this.clock = clock;
	}

	/** Writes the record of an authorized deployment; it starts {@code requested}. */
	public DeploymentView record(NewDeployment deployment) {
		return DeploymentView.of(this.deployments.insert(Deployment.requested(Ids.next("dep"), deployment, now())));
	}

	DeploymentView get(Caller caller, String id) {
		return DeploymentView.of(find(caller, id));
	}

	Page<DeploymentView> list(Caller caller, DeploymentFilter filter, Pageable pageable) {
		return this.deployments.findIn(caller.recordScope(), filter, pageable).map(DeploymentView::of);
	}

	DeploymentView recordOutcome(Caller caller, String id, OutcomeRequest request) {
		Deployment deployment = find(caller, id);
		deployment.recordOutcome(request.status(), request.detail(), caller.userId(), now());
		return DeploymentView.of(this.deployments.save(deployment));
	}

	private Deployment find(Caller caller, String id) {
		return this.deployments.findByIdIn(id, caller.recordScope())
			.orElseThrow(() -> ApiException.notFound("deployment", id));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
