package fr.cadre.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's own datasource, pooled by the server, on the database {@link StorageSettings}
 * names, so that an operator points Cadre at PostgreSQL without rebuilding. The server creates it
 * itself, outside CDI: it reads the settings from the application's MicroProfile Config.
 */
@DataSourceDefinition(
    name = CadreDataSource.JNDI_NAME,
    className = "fr.cadre.platform.CadreDataSource",
    minPoolSize = 2,
    initialPoolSize = 2,
    maxPoolSize = 32,
    transactional = true,
    // Reused prepared statements: on H2 preparing is parsing and planning, which cost more than
    // running the small statements of an issue. (The cache type must be set, even blank: Payara
    // issue 6647.)
    properties = {"fish.payara.statement-cache-size=100", "fish.payara.statement-cache-type= "})
public class CadreDataSource implements DataSource {

  public static final String JNDI_NAME = "java:app/jdbc/cadre";

  private static final Logger LOG = Logger.getLogger(CadreDataSource.class.getName());

  private final DataSource delegate;

  public CadreDataSource() {
    StorageSettings settings =
        StorageSettings.from(ConfigProvider.getConfig(CadreDataSource.class.getClassLoader()));
    delegate = connect(settings);
    // The URL without its query, where a PostgreSQL password may be given.
    LOG.info(() -> "Cadre's database: " + settings.url().replaceFirst("[?].*", ""));
  }

  private static DataSource connect(StorageSettings settings) {
    if (settings.postgresDriver()) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      // A batch of issues inserts its vouchers, lines, events and documents as JDBC batches: the
      // driver sends each as one multi-row INSERT (the URL may still turn it off).
      pg.setReWriteBatchedInserts(true);
      pg.setURL(settings.url());
      pg.setUser(settings.user());
      pg.setPassword(settings.password());
      return pg;
    }
    if (settings.h2Driver()) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(settings.url());
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    throw new IllegalStateException(
        "cadre.db.url: only jdbc:h2: and jdbc:postgresql: are supported");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate.getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger("fr.cadre");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate.isWrapperFor(iface);
  }
}
