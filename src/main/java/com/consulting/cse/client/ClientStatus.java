package com.consulting.cse.client;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether work may be started for a client.
 */
public enum ClientStatus {

	ACTIVE, SUSPENDED;

	@JsonValue
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
