package com.consulting.cse.client;

import java.time.Instant;

record ClientView(String clientId, String name, ClientStatus status, Instant createdAt, Instant updatedAt) {

	static ClientView of(Client client) {
		return new ClientView(client.clientId(), client.name(), client.status(), client.createdAt(),
				client.updatedAt());
	}

}
