package fr.cadre.kernel;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount in euros as entered: at most two decimals (cents) and at most {@link #MAX} €, far above
 * any framework agreement of a consortium and far below the columns' capacity. Whether it may be
 * negative or zero is the domain's rule.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
@Digits(integer = 10, fraction = 2, message = "{fr.cadre.kernel.Amount.digits}")
@DecimalMax(value = Amount.MAX, message = "{fr.cadre.kernel.Amount.max}")
public @interface Amount {

  /** One billion euros. */
  String MAX = "1000000000";

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
