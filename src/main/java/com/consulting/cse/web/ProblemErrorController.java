package com.consulting.cse.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors raised outside MVC (the servlet container, the firewall) as problem documents too.
 */
@RestController
class ProblemErrorController implements ErrorController {

	private final Problems problems;

	ProblemErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		ErrorCode code = (BodyLimitFilter.isTooLarge((Throwable) cause)) ? ErrorCode.PAYLOAD_TOO_LARGE
				: ErrorCode.forStatus((status instanceof Integer value) ? value : 500);
		ProblemDetail problem = this.problems.problem(code, code.title(), (uri instanceof String path) ? path : null, List.of());
		return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
