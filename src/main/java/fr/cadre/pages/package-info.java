/**
 * The web pages under {@code /app}, for officers, finance staff, operators and administrators:
 * Jakarta MVC controllers (Eclipse Krazo, inside Payara) in a Jakarta REST application of their
 * own, jte templates compiled at build time ({@code src/main/jte}), French and English texts.
 * Controllers call the same control classes as the REST resources; no rule is written here. This
 * package holds what every page shares: the application, the view engine, the page frame (user,
 * language, CSRF token, formats), errors; the sub-packages hold one business component's pages.
 */
package fr.cadre.pages;
