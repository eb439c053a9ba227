package com.consulting.cse.execution;

/** The optional filters of the execution list. */
record ExecutionFilter(String clientId, String journeyId, ExecutionStatus status) {
}
