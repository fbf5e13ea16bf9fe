package fr.cadre.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that issuing reads as reference data (a site, a lot and its holders, a price
 * line...) and may keep from one batch of issues to the next. Every change to such an entity, in
 * whatever transaction and on whatever instance, moves the reference version in that same
 * transaction, which tells every instance to read the data again. An entity that holds running
 * totals is never reference data: its rows change with every issue.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReferenceData {}
