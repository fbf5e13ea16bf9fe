package fr.cadre.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A test of something only the embedded H2 database has (its file in the data folder): skipped in
 * the PostgreSQL pass. The annotated class says why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(
    named = ItDatabase.URL,
    matches = ".*\\S.*",
    disabledReason = "about the embedded H2 database; this pass runs on PostgreSQL")
public @interface H2Only {}
