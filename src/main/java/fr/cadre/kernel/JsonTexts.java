package fr.cadre.kernel;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. Each {@code Json.createXxx} call looks the provider up again
 * through the service loader, scanning the class path: on the issue path that lookup cost more than
 * the database work.
 */
public final class JsonTexts {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonTexts() {}
}
