package fr.cadre.platform;

import fr.cadre.kernel.DomainException;

/** A JSON body that a write request cannot do without. */
public final class Body {

  private Body() {}

  public static <T> T required(T body) {
    if (body == null) {
      throw DomainException.invalid("body", "required", "corps de requête JSON manquant");
    }
    return body;
  }
}
