package fr.cadre.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * An UPDATE that returns the updated row's columns in the same statement, in the {@link Dialect} of
 * Cadre's database, read once from a connection. Issuing moves running totals under a row lock;
 * reading them back in the same round trip keeps the lock short.
 */
@ApplicationScoped
public class Returning {

  @Resource(lookup = CadreDataSource.JNDI_NAME)
  DataSource dataSource;

  private Dialect dialect;

  @PostConstruct
  void readDialect() {
    try {
      dialect = Dialect.of(dataSource);
    } catch (SQLException e) {
      throw new IllegalStateException("Cadre's database did not say what it is", e);
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  public String sql(String update, String columns) {
    return dialect.updateReturning(update, columns);
  }
}
