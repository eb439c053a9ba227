package com.consulting.cse.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads enum query parameters by their API spelling ({@code toString()}, e.g. {@code review}), the same
 * spelling the JSON bodies use.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class ApiEnumConverter implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
		return (source) -> {
			for (T constant : targetType.getEnumConstants()) {
				if (constant.toString().equals(source)) {
					return constant;
				}
			}
			throw new IllegalArgumentException("Unknown value");
		};
	}

}
