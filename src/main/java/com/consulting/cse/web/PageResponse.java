package com.consulting.cse.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, in the API's paging shape.
 */
public record PageResponse<T>(List<T> content, PageInfo page) {

	public record PageInfo(int number, int size, long totalElements, int totalPages) {
	}

	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
				new PageInfo(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
	}

}
