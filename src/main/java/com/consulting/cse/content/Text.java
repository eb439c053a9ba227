package com.consulting.cse.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A one-line human text (a title, a name): 1 to 200 characters (code points, as JSON Schema's
 * {@code maxLength} counts them: an emoji is one), not blank, no control characters. A
 * {@code null} passes: add {@code @NotNull} where the text is required.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@CodePointLength(min = 1, max = 200)
@Pattern(regexp = "(?=.*\\S)[^\\p{Cc}\\p{Cs}]*")
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

	String message() default "must be a text of 1 to 200 characters without control characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
