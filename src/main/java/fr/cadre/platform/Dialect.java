package fr.cadre.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The one place where SQL differs between the databases Cadre runs on. Which one applies is read
 * from the JDBC connection itself ({@link DatabaseMetaData#getDatabaseProductName()}), never from
 * the configured URL: a URL can name a proxy, a pooler or a wrapping driver, the connection says
 * what answers. Everything else Cadre writes is SQL that both accept.
 */
public enum Dialect {
  H2("H2", false) {
    @Override
    public String updateReturning(String update, String columns) {
      return "SELECT " + columns + " FROM FINAL TABLE (" + update + ")";
    }
  },
  POSTGRESQL("PostgreSQL", true) {
    @Override
    public String updateReturning(String update, String columns) {
      return update + " RETURNING " + columns;
    }
  };

  private final String productName;
  private final boolean overNetwork;

  Dialect(String productName, boolean overNetwork) {
    this.productName = productName;
    this.overNetwork = overNetwork;
  }

  /**
   * Whether each statement costs a round trip to another process: PostgreSQL's server, not H2,
   * which runs inside Cadre. Where it does, statements sent together save their waits.
   */
  public boolean overNetwork() {
    return overNetwork;
  }

  /** The dialect of the database that answers on this connection. */
  public static Dialect of(Connection connection) throws SQLException {
    return ofProduct(connection.getMetaData().getDatabaseProductName());
  }

  /** The dialect of the database behind this datasource (one connection, borrowed and returned). */
  public static Dialect of(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return of(connection);
    }
  }

  static Dialect ofProduct(String productName) {
    for (Dialect dialect : values()) {
      if (dialect.productName.equals(productName)) {
        return dialect;
      }
    }
    throw new IllegalStateException(
        "Database " + productName + ": Cadre runs on H2 and PostgreSQL only");
  }

  /**
   * An UPDATE that returns the updated rows' columns in the same statement, so that a running total
   * is moved and read back in one round trip while its row is locked: {@code UPDATE … RETURNING} on
   * PostgreSQL, {@code SELECT … FROM FINAL TABLE (UPDATE …)} on H2.
   */
  public abstract String updateReturning(String update, String columns);
}
