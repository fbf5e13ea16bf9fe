package fr.cadre.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database a benchmark runs on ({@code -Dbench.db.url}, {@code -Dbench.db.user},
 * {@code -Dbench.db.password}); each benchmark works in schemas of its own, dropped at the end.
 */
record BenchDatabase(String url, String user, String password) {

  static BenchDatabase fromProperties() {
    return new BenchDatabase(
        System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/cadre_it"),
        System.getProperty("bench.db.user", "cadre"),
        System.getProperty("bench.db.password", "cadre"));
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** A new empty schema, and the lines of a server's settings file that point Cadre at it. */
  String createSchemaForCadre(String schema) throws SQLException {
    try (Connection c = connect();
        Statement ddl = c.createStatement()) {
      ddl.execute("CREATE SCHEMA " + schema);
    }
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

  void dropSchema(String schema) throws SQLException {
    try (Connection c = connect();
        Statement ddl = c.createStatement()) {
      ddl.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
