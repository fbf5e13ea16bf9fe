package fr.cadre.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON binding of request and response bodies: the defaults, except that a property the target
 * does not have is refused instead of ignored (a misspelt {@code deliveredQuantities} must not
 * certify the full ordered quantities). The refusal is answered by {@link
 * UnexpectedExceptionMapper} with the property's name.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  /** Yasson's name for it (there is no standard one in JSON-B 3.0). */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
