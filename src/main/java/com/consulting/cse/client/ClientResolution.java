package com.consulting.cse.client;

import java.util.Optional;
import java.util.function.Function;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import com.consulting.cse.web.Problems;

/**
 * The one rule deciding which client a deployment or execution runs for (API.md, "Which client a deployment
 * or execution runs for"). It reads nothing but what it is given, so that it can be tested as a table.
 */
public final class ClientResolution {

	private ClientResolution() {
	}

	/**
	 * The document a run is asked for: whether it exists, and its owning client ({@code null} when unscoped).
	 */
	public record Target(boolean exists, String clientId) {

		public static Target missing() {
			return new Target(false, null);
		}

		public static Target ownedBy(String clientId) {
			return new Target(true, clientId);
		}

	}

	/**
	 * The effective client of a run, {@code null} for an unscoped run.
	 * @param caller who asks
	 * @param requested the body's {@code client_id} (P), or {@code null}
	 * @param fromContext the body's {@code context.client_id} (C), or {@code null}
	 * @param target the document to run
	 * @param statusOf the status of an existing client, empty for an unknown one
	 * @throws ApiException with the code of the first step that refuses
	 */
	public static String resolve(Caller caller, String requested, String fromContext, Target target,
			Function<String, Optional<ClientStatus>> statusOf) {
		if (requested != null && fromContext != null && !requested.equals(fromContext)) {
			throw new ApiException(ErrorCode.CLIENT_ID_CONFLICT,
					"client_id and context.client_id name different clients");
		}
		String wanted = (requested != null) ? requested : fromContext;
		if (wanted != null && (!caller.mayActFor(wanted) || statusOf.apply(wanted).isEmpty())) {
			throw notAuthorized(wanted);
		}
		String owner = target.clientId();
		if (!target.exists() || (owner != null && !caller.mayActFor(owner))) {
			throw new ApiException(ErrorCode.NOT_FOUND, "No such document");
		}
		if (owner != null && wanted != null && !wanted.equals(owner)) {
			throw new ApiException(ErrorCode.CLIENT_MISMATCH,
					"The requested client '" + Problems.printable(wanted) + "' cannot run this document");
		}
		String effective = (owner != null) ? owner : (wanted != null) ? wanted : defaultClient(caller);
		if (effective != null) {
			ClientStatus status = statusOf.apply(effective).orElseThrow(() -> notAuthorized(effective));
			if (status == ClientStatus.SUSPENDED) {
				throw new ApiException(ErrorCode.CLIENT_SUSPENDED,
						"Client '" + effective + "' is suspended; no work can be started for it");
			}
		}
		return effective;
	}

	private static String defaultClient(Caller caller) {
		if (caller.isOperator()) {
			return null;
		}
		if (caller.clientIds().size() == 1) {
			return caller.clientIds().iterator().next();
		}
		throw new ApiException(ErrorCode.CLIENT_ID_REQUIRED,
				"You act for several clients (or none): name the client in client_id");
	}

	private static ApiException notAuthorized(String clientId) {
		return new ApiException(ErrorCode.CLIENT_NOT_AUTHORIZED,
				"You are not authorized to act for client '" + Problems.printable(clientId) + "'");
	}

}
