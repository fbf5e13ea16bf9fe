package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An UPDATE that returns the updated row's columns in the same statement: {@code UPDATE …
 * RETURNING} on PostgreSQL, {@code SELECT … FROM FINAL TABLE (UPDATE …)} on H2. Issuing moves
 * running totals under a row lock; reading them back in the same round trip keeps the lock short.
 */
@ApplicationScoped
public class Returning {

  @Inject
  @ConfigProperty(name = "cadre.db.url", defaultValue = "jdbc:h2:")
  String url;

  public String sql(String update, String columns) {
    if (url.startsWith("jdbc:postgresql:")) {
      return update + " RETURNING " + columns;
    }
    return "SELECT " + columns + " FROM FINAL TABLE (" + update + ")";
  }
}
