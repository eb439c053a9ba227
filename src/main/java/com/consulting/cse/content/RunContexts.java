package com.consulting.cse.content;

import java.util.LinkedHashMap;
import java.util.Map;

import com.consulting.cse.web.ApiException;

/**
 * The {@code context} of a deployment or execution: a JSON object of at most 64 KiB that is handed
 * downstream with its {@code client_id} set to the client the run is for.
 */
public final class RunContexts {

	public static final int MAX_BYTES = 64 * 1024;

	private static final String CLIENT_ID = "client_id";

	private RunContexts() {
	}

	/** The context's {@code client_id} (C of the client rule), refusing a context that is not acceptable. */
	public static String requestedClient(Map<String, Object> context) {
		if (context == null) {
			return null;
		}
		JsonObjects.require("context", context, MAX_BYTES);
		Object clientId = context.get(CLIENT_ID);
		if (clientId != null && !(clientId instanceof String)) {
			throw ApiException.invalidField("context.client_id", "must be a string");
		}
		return (String) clientId;
	}

	/** A copy of {@code context} whose {@code client_id} is {@code clientId} (absent for an unscoped run). */
	public static Map<String, Object> forClient(Map<String, Object> context, String clientId) {
		Map<String, Object> result = new LinkedHashMap<>((context != null) ? context : Map.of());
		if (clientId != null) {
			result.put(CLIENT_ID, clientId);
		}
		else {
			result.remove(CLIENT_ID);
		}
		return result;
	}

}
