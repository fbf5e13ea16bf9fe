package fr.cadre.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's own datasource, pooled by the server. It reads {@code cadre.db.url}, {@code
 * cadre.db.user} and {@code cadre.db.password} from MicroProfile Config so that an operator points
 * Cadre at PostgreSQL without rebuilding. The default is an H2 file database in the data folder
 * ({@code cadre.data.dir}) with {@code WRITE_DELAY=0}: H2 otherwise writes commits up to half a
 * second late, and a voucher answered as issued must survive a killed process.
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

  /**
   * LOCK_TIMEOUT: concurrent issues queue on the lot-period row; H2's default of one second would
   * refuse them under load instead of letting them wait their turn.
   */
  static final String H2_OPTIONS =
      ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";

  private final DataSource delegate;

  public CadreDataSource() {
    Config config = ConfigProvider.getConfig(CadreDataSource.class.getClassLoader());
    String url =
        config.getOptionalValue("cadre.db.url", String.class).orElseGet(() -> h2Url(config));
    String user = config.getOptionalValue("cadre.db.user", String.class).orElse("cadre");
    String password = config.getOptionalValue("cadre.db.password", String.class).orElse("");
    delegate = connect(url, user, password);
  }

  static String h2Url(Config config) {
    String dir = config.getOptionalValue("cadre.data.dir", String.class).orElse("data");
    return "jdbc:h2:file:" + Path.of(dir).toAbsolutePath().resolve("cadre") + H2_OPTIONS;
  }

  private static DataSource connect(String url, String user, String password) {
    if (url.startsWith("jdbc:postgresql:")) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      pg.setPassword(password);
      return pg;
    }
    if (url.startsWith("jdbc:h2:")) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
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
