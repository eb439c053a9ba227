package com.consulting.cse.web;

import java.util.List;

/**
 * A refusal the API answers as a problem document with one of the {@link ErrorCode}s.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final List<FieldError> errors;

	public ApiException(ErrorCode code, String detail) {
		this(code, detail, List.of());
	}

	public ApiException(ErrorCode code, String detail, List<FieldError> errors) {
		super(detail, null, false, false);
		this.code = code;
		this.errors = List.copyOf(errors);
	}

	public ErrorCode code() {
		return this.code;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	public static ApiException notFound(String what, String id) {
		return new ApiException(ErrorCode.NOT_FOUND, "No " + what + " with id '" + Problems.printable(id) + "'");
	}

	public static ApiException invalidState(String detail) {
		return new ApiException(ErrorCode.INVALID_STATE, detail);
	}

	public static ApiException invalidField(String field, String message) {
		return new ApiException(ErrorCode.VALIDATION_FAILED, "The request is not valid",
				List.of(new FieldError(field, message)));
	}

}
