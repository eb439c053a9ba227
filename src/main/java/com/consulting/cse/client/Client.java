package com.consulting.cse.client;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client of the consultancy, identified by the {@code client_id} an admin chose.
 */
@Document("clients")
class Client {

	@Id
	private final String clientId;

	private String name;

	@Indexed
	private ClientStatus status;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long revision;

	Client(String clientId, String name, ClientStatus status, Instant createdAt, Instant updatedAt, Long revision) {
		this.clientId = clientId;
		this.name = name;
		this.status = status;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.revision = revision;
	}

	static Client create(String clientId, String name, Instant now) {
		return new Client(clientId, name, ClientStatus.ACTIVE, now, now, null);
	}

	void change(String name, ClientStatus status, Instant now) {
		if (name != null) {
			this.name = name;
		}
		if (status != null) {
			this.status = status;
		}
		this.updatedAt = now;
	}

	String clientId() {
		return this.clientId;
	}

	String name() {
		return this.name;
	}

	ClientStatus status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
