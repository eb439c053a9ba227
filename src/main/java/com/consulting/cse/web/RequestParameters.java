package com.consulting.cse.web;

import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The name a handler parameter has on the wire: its {@code @RequestParam} or {@code @RequestHeader} name.
 */
final class RequestParameters {

	private RequestParameters() {
	}

	static String nameOf(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && StringUtils.hasText(param.name())) {
			return param.name();
		}
		if (param != null && StringUtils.hasText(param.value())) {
			return param.value();
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null && StringUtils.hasText(header.name())) {
			return header.name();
		}
		if (header != null && StringUtils.hasText(header.value())) {
			return header.value();
		}
		String name = parameter.getParameterName();
		return (name != null) ? SnakeCase.path(name) : "parameter";
	}

}
