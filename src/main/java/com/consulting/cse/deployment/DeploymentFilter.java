package com.consulting.cse.deployment;

/** The optional filters of the deployment list. */
record DeploymentFilter(String clientId, String solutionId, DeploymentStatus status) {
}
