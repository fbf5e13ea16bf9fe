package fr.cadre.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the web pages in a real browser (Debian's chromium and chromium-driver). It runs once,
 * in the H2 pass: the PostgreSQL pass covers the rest of the suite. Where Chromium is missing it is
 * skipped with a loud message, unless {@code -Dcadre.browser.required=true} ({@code .ci/run} sets
 * it), which makes it fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith({BrowserCondition.class, BrowserFailureShots.class})
public @interface BrowserTest {}
