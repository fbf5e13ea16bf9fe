package fr.cadre.kernel;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text}: the first control character found is named with its position. */
public class TextValidator implements ConstraintValidator<Text, CharSequence> {

  private boolean multiline;

  @Override
  public void initialize(Text text) {
    multiline = text.multiline();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int at = firstForbidden(value, multiline);
    if (at < 0) {
      return true;
    }
    char c = value.charAt(at);
    String key =
        c == '\n' || c == '\r'
            ? "{fr.cadre.kernel.Text.lineBreak}"
            : "{fr.cadre.kernel.Text.control}";
    // The position is digits only, so the template stays free of expressions.
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(key + " (position " + (at + 1) + ")")
        .addConstraintViolation();
    return false;
  }

  /**
   * The index of the first character the field may not hold, or -1. Control characters are
   * Unicode's {@code Cc} category (U+0000 to U+001F, U+007F to U+009F); a multi-line field accepts
   * LF and CR, and a tab nowhere.
   */
  static int firstForbidden(CharSequence value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.getType(c) != Character.CONTROL) {
        continue;
      }
      if (multiline && (c == '\n' || c == '\r')) {
        continue;
      }
      return i;
    }
    return -1;
  }
}
