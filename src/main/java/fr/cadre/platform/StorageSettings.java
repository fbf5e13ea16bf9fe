package fr.cadre.platform;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Where Cadre keeps its data and which database it uses; the one place that reads {@code
 * cadre.data.dir} and {@code cadre.db.*}. The default database is an H2 file in the data folder
 * with {@code WRITE_DELAY=0}: H2 otherwise writes commits up to half a second late, and a voucher
 * answered as issued must survive a killed process.
 */
public record StorageSettings(Path dataFolder, String url, String user, String password) {

  static final String DATA_DIR = "cadre.data.dir";
  static final String DEFAULT_DATA_DIR = "data";
  static final String DB_URL = "cadre.db.url";
  static final String DB_USER = "cadre.db.user";
  static final String DEFAULT_DB_USER = "cadre";
  static final String DB_PASSWORD = "cadre.db.password";

  /**
   * LOCK_TIMEOUT: concurrent issues queue on the lot-period row; H2's default of one second would
   * refuse them under load instead of letting them wait their turn.
   */
  static final String H2_OPTIONS =
      ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";

  public static StorageSettings from(Config config) {
    Path folder =
        Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse(DEFAULT_DATA_DIR))
            .toAbsolutePath();
    return new StorageSettings(
        folder,
        config.getOptionalValue(DB_URL, String.class).orElseGet(() -> h2Url(folder)),
        config.getOptionalValue(DB_USER, String.class).orElse(DEFAULT_DB_USER),
        config.getOptionalValue(DB_PASSWORD, String.class).orElse(""));
  }

  static String h2Url(Path dataFolder) {
    return "jdbc:h2:file:" + dataFolder.resolve("cadre") + H2_OPTIONS;
  }

  /**
   * Whether the URL names PostgreSQL's driver: only to pick the datasource class. Which SQL to
   * write is read from the connection, see {@link Dialect}.
   */
  boolean postgresDriver() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** Whether the URL names H2's driver: only to pick the datasource class. */
  boolean h2Driver() {
    return url.startsWith("jdbc:h2:");
  }

  /** Never the password. */
  @Override
  public String toString() {
    return "StorageSettings[dataFolder=" + dataFolder + ", url=" + url + ", user=" + user + "]";
  }
}
