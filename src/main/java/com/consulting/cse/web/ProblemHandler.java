package com.consulting.cse.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every exception that reaches MVC, Spring's own included, to a problem document with a stable
 * {@code code}. Nothing a caller sends can make it leak a stack trace, class name or store message.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Problems problems;

	ProblemHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> api(ApiException ex, HttpServletRequest request) {
		return respond(ex.code(), ex.getMessage(), request.getRequestURI(), ex.errors());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return respond(ErrorCode.INVALID_STATE, "The resource was changed by another request; read it and retry",
				request.getRequestURI(), List.of());
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<Object> duplicate(DuplicateKeyException ex, HttpServletRequest request) {
		return respond(ErrorCode.INVALID_STATE, "The resource already exists", request.getRequestURI(), List.of());
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<Object> storeDown(DataAccessResourceFailureException ex, HttpServletRequest request) {
		log.error("Store unreachable", ex);
		return respond(ErrorCode.STORE_UNAVAILABLE, "The store is unreachable; retry later", request.getRequestURI(),
				List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(ErrorCode.INTERNAL_ERROR, "An unexpected error occurred", request.getRequestURI(), List.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.add(new FieldError(SnakeCase.path(error.getField()), error.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
		return respond(ErrorCode.VALIDATION_FAILED, "The request is not valid", path(request), errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = RequestParameters.nameOf(result.getMethodParameter());
			result.getResolvableErrors().forEach((error) -> errors.add(new FieldError(name, error.getDefaultMessage())));
		});
		return respond(ErrorCode.VALIDATION_FAILED, "The request is not valid", path(request), errors);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		return respond(ErrorCode.VALIDATION_FAILED, "The request is not valid", path(request),
				List.of(new FieldError(name, "has an invalid value")));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return respond(ErrorCode.VALIDATION_FAILED, "The request is not valid", path(request),
				List.of(new FieldError(ex.getParameterName(), "is required")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (BodyLimitFilter.isTooLarge(ex)) {
			return respond(ErrorCode.PAYLOAD_TOO_LARGE, BodyLimitFilter.DETAIL, path(request), List.of());
		}
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			return respond(ErrorCode.VALIDATION_FAILED, "The request is not valid", path(request),
					List.of(new FieldError(JsonPaths.of(unknown), "is not a known field")));
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return respond(ErrorCode.VALIDATION_FAILED, "The request is not valid", path(request),
					List.of(new FieldError(JsonPaths.of(mismatch), "has the wrong type or format")));
		}
		String detail = (ex.getCause() instanceof StreamConstraintsException)
				? "The request body exceeds a JSON limit (nesting depth, string or number length)"
				: (ex.getCause() instanceof JacksonException) ? "The request body is not valid JSON"
						: "The request body is missing or unreadable";
		return respond(ErrorCode.MALFORMED_REQUEST, detail, path(request), List.of());
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ErrorCode code = (ex instanceof MissingRequestHeaderException) ? ErrorCode.VALIDATION_FAILED
				: ErrorCode.forStatus(statusCode.value());
		String detail = (body instanceof ProblemDetail problem && problem.getDetail() != null
				&& code != ErrorCode.INTERNAL_ERROR) ? problem.getDetail() : code.title();
		if (code == ErrorCode.INTERNAL_ERROR) {
			log.error("Unexpected error on {}", path(request), ex);
		}
		ProblemDetail problem = this.problems.problem(code, detail, path(request), List.of());
		return ResponseEntity.status(code.status()).headers(headers).body(problem);
	}

	private ResponseEntity<Object> respond(ErrorCode code, String detail, String path, List<FieldError> errors) {
		return ResponseEntity.status(code.status()).body(this.problems.problem(code, detail, path, errors));
	}

	private static String path(WebRequest request) {
		return (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : null;
	}

}
