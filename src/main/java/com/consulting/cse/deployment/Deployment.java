package com.consulting.cse.deployment;

import java.time.Instant;
import java.util.Map;

import com.consulting.cse.web.ApiException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of one deployment of a solution for a client.
 */
@Document("deployments")
@CompoundIndex(name = "created", def = "{'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_created", def = "{'client_id': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_solution_created", def = "{'client_id': 1, 'solution_id': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "status_created", def = "{'status': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "client_status_created", def = "{'client_id': 1, 'status': 1, 'created_at': -1, '_id': -1}")
@CompoundIndex(name = "solution_created", def = "{'solution_id': 1, 'created_at': -1, '_id': -1}")
class Deployment {

	@Id
	private final String id;

	private final String solutionId;

	private final String clientId;

	private final String userId;

	private final String deploymentStrategy;

	private final Map<String, Object> context;

	private DeploymentStatus status;

	private String detail;

	private String outcomeBy;

	private Instant outcomeAt;

	private final String contentSha256;

	private final String requestHash;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long revision;

	Deployment(String id, String solutionId, String clientId, String userId, String deploymentStrategy,
			Map<String, Object> context, DeploymentStatus status, String detail, String outcomeBy, Instant outcomeAt,
			String contentSha256, String requestHash, Instant createdAt, Instant updatedAt, Long revision) {
		this.id = id;
		this.solutionId = solutionId;
		this.clientId = clientId;
		this.userId = userId;
		this.deploymentStrategy = deploymentStrategy;
		this.context = context;
		this.status = status;
		this.detail = detail;
		this.outcomeBy = outcomeBy;
		this.outcomeAt = outcomeAt;
		this.contentSha256 = contentSha256;
		this.requestHash = requestHash;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.revision = revision;
	}

	static Deployment requested(String id, NewDeployment request, String requestHash, Instant now) {
		return new Deployment(id, request.solutionId(), request.clientId(), request.userId(),
				request.deploymentStrategy(), request.context(), DeploymentStatus.REQUESTED, null, null, null,
				request.contentSha256(), requestHash, now, now, null);
	}

	/** The deployment as it was when requested, before any outcome. */
	Deployment asRequested() {
		return new Deployment(this.id, this.solutionId, this.clientId, this.userId, this.deploymentStrategy,
				this.context, DeploymentStatus.REQUESTED, null, null, null, this.contentSha256, this.requestHash,
				this.createdAt, this.createdAt, this.revision);
	}

	void recordOutcome(DeploymentStatus outcome, String detail, String by, Instant now) {
		if (this.status != DeploymentStatus.REQUESTED) {
			throw ApiException.invalidState("The deployment already " + this.status + "; its outcome is recorded once");
		}
		if (outcome == DeploymentStatus.REQUESTED) {
			throw ApiException.invalidField("status", "must be succeeded or failed");
		}
		this.status = outcome;
		this.detail = detail;
		this.outcomeBy = by;
		this.outcomeAt = now;
		this.updatedAt = now;
	}

	String id() {
		return this.id;
	}

	String solutionId() {
		return this.solutionId;
	}

	String clientId() {
		return this.clientId;
	}

	String userId() {
		return this.userId;
	}

	String deploymentStrategy() {
		return this.deploymentStrategy;
	}

	Map<String, Object> context() {
		return this.context;
	}

	DeploymentStatus status() {
		return this.status;
	}

	String detail() {
		return this.detail;
	}

	String outcomeBy() {
		return this.outcomeBy;
	}

	Instant outcomeAt() {
		return this.outcomeAt;
	}

	String contentSha256() {
		return this.contentSha256;
	}

	String requestHash() {
		return this.requestHash;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
