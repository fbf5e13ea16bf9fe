package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An UPDATE that returns the updated row's columns in the same statement: {@code UPDATE …
 * RETURNING} on PostgreSQL, {@code SELECT … FROM FINAL TABLE (UPDATE …)} on H2. Issuing moves
 * running totals under a row lock; reading them back in the same round trip keeps the lock short.
 */
@ApplicationScoped
public class Returning {

  @Inject StorageSettings storage;

  public String sql(String update, String columns) {
    if (storage.postgres()) {
      return update + " RETURNING " + columns;
    }
    return "SELECT " + columns + " FROM FINAL TABLE (" + update + ")";
  }
}
