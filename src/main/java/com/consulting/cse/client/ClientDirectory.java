package com.consulting.cse.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.consulting.cse.caller.Caller;
import com.consulting.cse.web.ApiException;
import com.consulting.cse.web.ErrorCode;
import com.consulting.cse.web.LogContext;
import com.consulting.cse.web.Problems;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The client feature's application service: managing clients, and answering the other features' questions
 * about them (may this caller act for that client, which client does this run belong to).
 */
@Service
public class ClientDirectory {

	private final Clients clients;

	private final Clock clock;

	private final Cache<String, Optional<ClientStatus>> statuses;

	ClientDirectory(Clients clients, Clock clock,
			@Value("${app.clients.status-cache-ttl:PT2S}") Duration statusCacheTtl) {
		this.clients = clients;
		this.clock = clock;
		this.statuses = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(statusCacheTtl).build();
	}

	ClientView create(CreateClientRequest request) {
		try {
			ClientView client = ClientView.of(this.clients.insert(Client.create(request.clientId(), request.name(), now())));
			this.statuses.invalidate(client.clientId());
			return client;
		}
		catch (DuplicateKeyException ex) {
			throw new ApiException(ErrorCode.CLIENT_EXISTS, "Client '" + request.clientId() + "' already exists");
		}
	}

	ClientView get(Caller caller, String clientId) {
		return ClientView.of(find(caller, clientId));
	}

	Page<ClientView> list(Caller caller, ClientStatus status, Pageable pageable) {
		return this.clients.findAll(caller.clientScope(), status, pageable).map(ClientView::of);
	}

	ClientView update(Caller caller, String clientId, UpdateClientRequest request) {
		Client client = find(caller, clientId);
		client.change(request.name(), request.status(), now());
		ClientView changed = ClientView.of(this.clients.save(client));
		this.statuses.invalidate(clientId);
		return changed;
	}

	/**
	 * Refuses, with {@code client_not_authorized}, a client the caller may not act for or that does not exist.
	 */
	public void requireAuthorized(Caller caller, String clientId) {
		if (!caller.mayActFor(clientId) || statusOf(clientId).isEmpty()) {
			throw new ApiException(ErrorCode.CLIENT_NOT_AUTHORIZED,
					"You are not authorized to act for client '" + Problems.printable(clientId) + "'");
		}
	}

	/** The effective client of a run by {@link ClientResolution}, {@code null} for an unscoped run. */
	public String resolveRunClient(Caller caller, String requested, String fromContext,
			ClientResolution.Target target) {
		String clientId = ClientResolution.resolve(caller, requested, fromContext, target, this::statusOf);
		LogContext.client(clientId);
		return clientId;
	}

	/**
	 * A client's status, cached briefly: a change made through this instance is seen at once, one made through
	 * another instance within {@code app.clients.status-cache-ttl}.
	 */
	private Optional<ClientStatus> statusOf(String clientId) {
		return this.statuses.get(clientId, (id) -> this.clients.findById(id).map(Client::status));
	}

	private Client find(Caller caller, String clientId) {
		return this.clients.findByIdIn(clientId, caller.clientScope())
			.orElseThrow(() -> ApiException.notFound("client", clientId));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
