package com.consulting.cse.web;

/**
 * One entry of a {@code validation_failed} problem's {@code errors}.
 *
 * @param field the snake_case path of the offending field, e.g. {@code content.steps[2].key}
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {
}
