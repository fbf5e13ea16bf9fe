package fr.cadre.importing.control;

/**
 * An upload or a folder refused before any run exists: the status says why (400 a body or an entry
 * that is not the scheme's, 413 too large), the rule and the message say what, in French.
 */
public class UploadRefused extends RuntimeException {

  private final int status;
  private final String rule;
  private final String field;

  public UploadRefused(int status, String rule, String field, String message) {
    super(message);
    this.status = status;
    this.rule = rule;
    this.field = field;
  }

  static UploadRefused tooLarge(String what, long cap) {
    return new UploadRefused(
        413, "upload-size", "body", what + " dépasse la limite de " + cap + " octets");
  }

  public int status() {
    return status;
  }

  public String rule() {
    return rule;
  }

  public String field() {
    return field;
  }
}
