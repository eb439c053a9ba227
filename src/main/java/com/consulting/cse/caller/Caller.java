package com.consulting.cse.caller;

import java.util.Set;

/**
 * The authenticated user of a request, with the roles and client ids that decide what it may see and do.
 *
 * @param userId the user id ({@code sub} of a token, or the configured user name)
 * @param roles the caller's roles
 * @param clientIds the clients a STAFF or CLIENT caller may act for (ignored for ADMIN, who may act for all)
 */
public record Caller(String userId, Set<Role> roles, Set<String> clientIds) {

	public Caller {
		roles = Set.copyOf(roles);
		clientIds = Set.copyOf(clientIds);
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	/** ADMIN or STAFF: the consultancy's own people, who may also see and start unscoped work. */
	public boolean isOperator() {
		return isAdmin() || this.roles.contains(Role.STAFF);
	}

	/** Whether the client is among this caller's authorized clients (existence aside). */
	public boolean mayActFor(String clientId) {
		return isAdmin() || this.clientIds.contains(clientId);
	}

	/** Solutions and journeys: the caller's clients, and unscoped documents for everyone. */
	public ClientScope documentScope() {
		return isAdmin() ? ClientScope.ALL : new ClientScope(false, this.clientIds, true);
	}

	/** Deployments and executions: the caller's clients; unscoped records for ADMIN and STAFF only. */
	public ClientScope recordScope() {
		return isAdmin() ? ClientScope.ALL : new ClientScope(false, this.clientIds, isOperator());
	}

	/** Clients and artifacts, which always belong to a client. */
	public ClientScope clientScope() {
		return isAdmin() ? ClientScope.ALL : new ClientScope(false, this.clientIds, false);
	}

}
