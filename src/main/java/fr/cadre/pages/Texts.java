package fr.cadre.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' texts in one language, from {@code fr/cadre/pages/texts*.properties} (French is the
 * base bundle, English beside it). A missing key shows as itself, marked, rather than failing the
 * page; {@code TextsTest} checks that both bundles have the same keys.
 */
public final class Texts {

  static final String BUNDLE = "fr.cadre.pages.texts";

  private final ResourceBundle bundle;
  private final Locale locale;

  public Texts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "??" + key + "??";
    }
  }

  /** A text with its placeholders ({0}, {1}…) filled in. */
  public String get(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  public Locale locale() {
    return locale;
  }
}
