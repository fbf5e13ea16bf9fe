package fr.cadre.platform;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Constraint messages in French whatever the request's or the server's locale: Cadre's users are
 * French buyers and the messages come from {@code ValidationMessages_fr.properties}. Named in
 * {@code META-INF/validation.xml}.
 */
public class FrenchMessages implements MessageInterpolator {

  private final MessageInterpolator standard =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Override
  public String interpolate(String template, Context context) {
    return standard.interpolate(template, context, Locale.FRENCH);
  }

  @Override
  public String interpolate(String template, Context context, Locale ignored) {
    return standard.interpolate(template, context, Locale.FRENCH);
  }
}
