package com.consulting.cse.web;

import org.slf4j.MDC;

/**
 * The fields a request's log lines carry besides {@link RequestIdFilter#MDC_KEY request_id}: who is calling
 * and which client the work is for. {@link RequestIdFilter} clears them when the request ends.
 */
public final class LogContext {

	public static final String USER_ID = "user_id";

	public static final String CLIENT_ID = "client_id";

	private LogContext() {
	}

	public static void user(String userId) {
		MDC.put(USER_ID, userId);
	}

	public static void client(String clientId) {
		if (clientId != null) {
			MDC.put(CLIENT_ID, clientId);
		}
	}

	static void clear() {
		MDC.remove(USER_ID);
		MDC.remove(CLIENT_ID);
	}

}
