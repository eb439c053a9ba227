package com.consulting.cse.web;

import org.springframework.http.HttpStatus;

/**
 * The stable, machine-readable {@code code} of every problem the API answers, with its HTTP status.
 */
public enum ErrorCode {

	VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Validation failed"),
	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
	CLIENT_ID_CONFLICT(HttpStatus.BAD_REQUEST, "Conflicting client ids"),
	CLIENT_ID_REQUIRED(HttpStatus.BAD_REQUEST, "Client id required"),
	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Unauthenticated"),
	FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
	CLIENT_NOT_AUTHORIZED(HttpStatus.FORBIDDEN, "Client not authorized"),
	CLIENT_MISMATCH(HttpStatus.FORBIDDEN, "Client mismatch"),
	NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
	CLIENT_EXISTS(HttpStatus.CONFLICT, "Client exists"),
	INVALID_STATE(HttpStatus.CONFLICT, "Invalid state"),
	CLIENT_SUSPENDED(HttpStatus.CONFLICT, "Client suspended"),
	REQUEST_IN_PROGRESS(HttpStatus.CONFLICT, "Request in progress"),
	PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "Precondition failed"),
	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused"),
	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
	STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable");

	private final HttpStatus status;

	private final String title;

	ErrorCode(HttpStatus status, String title) {
		this.status = status;
		this.title = title;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	/** The code as it appears in a problem document, e.g. {@code client_mismatch}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The problem {@code type} URI of this code. */
	public java.net.URI type() {
		return java.net.URI.create("urn:problem:" + code());
	}

	static ErrorCode forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHENTICATED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> INVALID_STATE;
			case 412 -> PRECONDITION_FAILED;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 503 -> STORE_UNAVAILABLE;
			default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
		};
	}

}
