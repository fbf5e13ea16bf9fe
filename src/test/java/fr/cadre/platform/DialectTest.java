package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PostgreSQL's side runs in {@code DialectIT}, in the integration tests' PostgreSQL pass. */
@DisplayName("Dialect: chosen from what the connection says it is, its SQL runs there")
class DialectTest {

  @Test
  void anH2ConnectionIsH2AndItsUpdateReturnsTheMovedTotalOrNothing() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:dialect-" + System.nanoTime())) {
      assertThat(Dialect.of(c)).isEqualTo(Dialect.H2);
      try (Statement ddl = c.createStatement()) {
        ddl.execute("CREATE TABLE total (id INT PRIMARY KEY, consumed NUMERIC(14, 2))");
        ddl.execute("INSERT INTO total VALUES (1, 10.50)");
      }
      String sql =
          Dialect.of(c)
              .updateReturning(
                  "UPDATE total SET consumed = consumed + ? WHERE id = ? AND consumed + ? <= 20",
                  "consumed");
      assertThat(moved(c, sql, "2.25")).isEqualTo("12.75");
      assertThat(moved(c, sql, "9.00")).as("refused by the WHERE clause").isNull();
    }
  }

  @Test
  void theProductNamesOfBothDatabasesAreKnownAndAnyOtherIsRefused() {
    assertThat(Dialect.ofProduct("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.ofProduct("H2")).isEqualTo(Dialect.H2);
    assertThatThrownBy(() -> Dialect.ofProduct("MySQL"))
        .hasMessageContaining("MySQL")
        .hasMessageContaining("H2 and PostgreSQL only");
  }

  @Test
  void postgresqlReturnsTheColumnsFromTheUpdateItself() {
    assertThat(Dialect.POSTGRESQL.updateReturning("UPDATE t SET a = a + 1 WHERE id = 1", "a"))
        .isEqualTo("UPDATE t SET a = a + 1 WHERE id = 1 RETURNING a");
  }

  /** The total after the update as text, or null when no row was updated. */
  static String moved(Connection c, String sql, String amount) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(sql)) {
      update.setBigDecimal(1, new java.math.BigDecimal(amount));
      update.setInt(2, 1);
      update.setBigDecimal(3, new java.math.BigDecimal(amount));
      try (ResultSet rows = update.executeQuery()) {
        return rows.next() ? rows.getBigDecimal(1).toPlainString() : null;
      }
    }
  }
}
