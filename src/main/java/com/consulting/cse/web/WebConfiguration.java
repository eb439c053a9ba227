package com.consulting.cse.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Data formats the API does not speak. Their converters come with libraries on the class path (Jackson 2's
	 * YAML, through springdoc) and would read bodies with another mapper, bypassing the strict JSON rules.
	 */
	private static final List<MediaType> OTHER_FORMATS = List.of(MediaType.APPLICATION_YAML, MediaType.APPLICATION_CBOR,
			MediaType.parseMediaType("application/x-jackson-smile"));

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new ApiEnumConverter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterGuard()).addPathPatterns("/api/**");
		registry.addInterceptor(new UnexpectedBodyGuard()).addPathPatterns("/api/**");
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList((converters) -> converters.removeIf(WebConfiguration::speaksOtherFormat));
	}

	private static boolean speaksOtherFormat(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes()
			.stream()
			.anyMatch((type) -> OTHER_FORMATS.stream().anyMatch(type::equalsTypeAndSubtype));
	}

}
