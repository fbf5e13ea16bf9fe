package fr.cadre.pages;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Cookie;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the one the user chose (a cookie set by the language form), else the
 * first of French or English the browser asks for, else French.
 */
@ApplicationScoped
@Priority(1)
public class Language implements LocaleResolver {

  static final String COOKIE = "cadre-lang";
  static final List<String> SUPPORTED = List.of("fr", "en");

  @Override
  public Locale resolveLocale(LocaleResolverContext context) {
    Cookie chosen = context.getCookie(COOKIE);
    return resolve(chosen == null ? null : chosen.getValue(), context.getAcceptableLanguages());
  }

  /** The same choice from the servlet request, for the error pages that no controller renders. */
  static Locale of(HttpServletRequest request) {
    String chosen = null;
    if (request.getCookies() != null) {
      for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName())) {
          chosen = cookie.getValue();
        }
      }
    }
    return resolve(chosen, Collections.list(request.getLocales()));
  }

  static Locale resolve(String chosen, List<Locale> acceptable) {
    if (chosen != null && SUPPORTED.contains(chosen)) {
      return Locale.forLanguageTag(chosen);
    }
    for (Locale asked : acceptable) {
      if (SUPPORTED.contains(asked.getLanguage())) {
        return Locale.forLanguageTag(asked.getLanguage());
      }
    }
    return Locale.FRENCH;
  }

  /** The supported language nearest to a locale: French unless it is English. */
  static String of(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
  }
}
