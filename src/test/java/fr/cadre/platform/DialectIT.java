package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.it.ItDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The PostgreSQL side of {@link DialectTest}, in the integration tests' PostgreSQL pass. */
@EnabledIfSystemProperty(named = "cadre.it.db.url", matches = ".*\\S.*")
@DisplayName("Dialect: a PostgreSQL connection is PostgreSQL, and its UPDATE … RETURNING runs")
class DialectIT {

  @Test
  void aPostgresqlConnectionIsPostgresqlAndItsUpdateReturnsTheMovedTotalOrNothing()
      throws Exception {
    String url = ItDatabase.schemaUrl("dialect_" + System.nanoTime());
    try (Connection c =
        DriverManager.getConnection(url, ItDatabase.user(), ItDatabase.password())) {
      assertThat(Dialect.of(c)).isEqualTo(Dialect.POSTGRESQL);
      try (Statement ddl = c.createStatement()) {
        ddl.execute("CREATE TABLE total (id INT PRIMARY KEY, consumed NUMERIC(14, 2))");
        ddl.execute("INSERT INTO total VALUES (1, 10.50)");
      }
      String sql =
          Dialect.of(c)
              .updateReturning(
                  "UPDATE total SET consumed = consumed + ? WHERE id = ? AND consumed + ? <= 20",
                  "consumed");
      assertThat(DialectTest.moved(c, sql, "2.25")).isEqualTo("12.75");
      assertThat(DialectTest.moved(c, sql, "9.00")).as("refused by the WHERE clause").isNull();
    }
  }
}
