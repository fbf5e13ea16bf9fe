package fr.cadre.kernel;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text a person typed: no control character (NUL, escape, DEL and the like), which would corrupt
 * documents, logs and exports. Line breaks only where the field holds several lines ({@code
 * multiline}: an object, a reason, an address). The length is {@code @Size}'s, beside it, which the
 * OpenAPI document shows as {@code maxLength}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = TextValidator.class)
public @interface Text {

  /** Whether line breaks (LF, CR LF) are allowed. */
  boolean multiline() default false;

  String message() default "{fr.cadre.kernel.Text.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
