package fr.cadre.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The database the integration tests run on: H2 (each server's own file in its data folder) unless
 * the PostgreSQL pass names a PostgreSQL database with {@code cadre.it.db.url}, {@code
 * cadre.it.db.user} and {@code cadre.it.db.password} ({@code mvn verify -Ppostgres}, see the
 * README). There the suite's server uses the database's {@code public} schema, and each server a
 * test starts itself ({@link ServerProcess}) a schema of its own, named after its folder, so that
 * it starts as empty as on H2 and finds its data again after a restart.
 */
public final class ItDatabase {

  static final String URL = "cadre.it.db.url";

  private ItDatabase() {}

  public static boolean postgres() {
    return !System.getProperty(URL, "").isBlank();
  }

  public static String url() {
    return System.getProperty(URL);
  }

  /** {@code cadre} when not given, as for Cadre's own {@code cadre.db.user}. */
  public static String user() {
    String user = System.getProperty("cadre.it.db.user", "");
    return user.isBlank() ? "cadre" : user;
  }

  public static String password() {
    return System.getProperty("cadre.it.db.password", "");
  }

  /** The URL of a schema of the PostgreSQL database, created if it does not exist yet. */
  public static String schemaUrl(String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), user(), password());
        Statement ddl = c.createStatement()) {
      ddl.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static String schemaOf(Path dir) {
    return "it_"
        + dir.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }

  /** The database of a server started in this folder, once that server has stopped. */
  static Connection connectTo(Path dir) throws SQLException {
    if (postgres()) {
      return DriverManager.getConnection(schemaUrl(schemaOf(dir)), user(), password());
    }
    return DriverManager.getConnection(
        "jdbc:h2:file:" + dir.resolve("data").resolve("cadre").toAbsolutePath(), "cadre", "");
  }

  /**
   * The settings that put a server started in this folder on the tests' database: none on H2 (the
   * file in its data folder), its own schema on PostgreSQL.
   */
  static String serverSettings(Path dir) throws SQLException {
    if (!postgres()) {
      return "";
    }
    String schema = schemaOf(dir);
    return "cadre.db.url="
        + schemaUrl(schema)
        + "\ncadre.db.user="
        + user()
        + "\ncadre.db.password="
        + password()
        + "\n";
  }
}
