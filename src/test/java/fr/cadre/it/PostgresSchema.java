package fr.cadre.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty schema of its own in the PostgreSQL database the build names ({@code
 * -Dcadre.it.db.url=jdbc:postgresql://host:port/db -Dcadre.it.db.user=… -Dcadre.it.db.password=…}),
 * so that a test's servers start on an empty database without the right to create databases.
 * Without those properties the calling test is skipped, the reason printed. Dropped on close.
 */
final class PostgresSchema implements AutoCloseable {

  static final String URL = "cadre.it.db.url";
  static final String USER = "cadre.it.db.user";
  static final String PASSWORD = "cadre.it.db.password";

  private final String url;
  private final String user;
  private final String password;
  private final String schema;

  private PostgresSchema(String url, String user, String password, String schema) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  /** A new schema named after the test, or the test is skipped when no PostgreSQL is given. */
  static PostgresSchema create(String purpose) throws SQLException {
    String url = property(URL);
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      String reason =
          "no PostgreSQL given: run with -D"
              + URL
              + "=jdbc:postgresql://127.0.0.1:5432/<db> -D"
              + USER
              + "=… -D"
              + PASSWORD
              + "=…";
      System.out.println("SKIPPED " + purpose + ": " + reason);
      Assumptions.abort(reason);
    }
    String schema = "it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    PostgresSchema created =
        new PostgresSchema(
            url,
            property(USER) == null ? "cadre" : property(USER),
            property(PASSWORD) == null ? "" : property(PASSWORD),
            schema);
    created.execute("CREATE SCHEMA " + schema);
    return created;
  }

  /** The lines of a server's settings file that point it at this schema. */
  String serverProperties() {
    return "cadre.db.url="
        + url
        + (url.contains("?") ? "&" : "?")
        + "currentSchema="
        + schema
        + "\ncadre.db.user="
        + user
        + "\ncadre.db.password="
        + password
        + "\n";
  }

  @Override
  public void close() throws SQLException {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Maven passes an unset property on as its own expression: that is no value either. */
  private static String property(String name) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() || value.startsWith("${") ? null : value.trim();
  }
}
