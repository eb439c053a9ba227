package com.consulting.cse.deployment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.idempotency.IdempotencyKey;
import com.consulting.cse.idempotency.Recorded;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.Ids;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The deployment feature's application service: writing the record of a deployment the solution feature
 * has authorized, reading records through the caller's scope, and recording outcomes.
 */
@Service
public class DeploymentService {

	private static final String PREFIX = "dep";

	private final Deployments deployments;

	private final Clock clock;

	DeploymentService(Deployments deployments, Clock clock) {
		this.deployments = deployments;
		this.clock = clock;
	}

	/**
	 * The record an earlier request with {@code key} created, as it answered then; refuses a reuse of the key
	 * with another body.
	 */
	public Optional<Recorded<DeploymentView>> replay(IdempotencyKey key) {
		return this.deployments.findByIdempotentId(key.recordId(PREFIX)).map((deployment) -> {
			key.requireSameRequest(deployment.requestHash());
			return Recorded.replayed(DeploymentView.of(deployment.asRequested()));
		});
	}

	/**
	 * Writes the record of an authorized deployment, under the id {@code key} derives when given, so that of
	 * racing requests with one key only the first writes and the others replay it. It starts {@code requested}. */
	public Recorded<DeploymentView> record(NewDeployment deployment, IdempotencyKey key) {
		String id = (key != null) ? key.recordId(PREFIX) : Ids.next(PREFIX);
		try {
			String requestHash = (key != null) ? key.requestHash() : null;
			return Recorded.created(DeploymentView.of(this.deployments.insert(Deployment.requested(id, deployment, requestHash, now()))));
		}
		catch (DuplicateKeyException ex) {
			if (key == null) {
				throw ex;
			}
			return replay(key).orElseThrow(() -> ex);
		}
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
