package fr.cadre.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The operator's settings file, {@code config/cadre.properties} unless {@code cadre.config.file}
 * (or {@code CADRE_CONFIG_FILE}) names another. It only overrides the defaults written in the code:
 * the shipped file holds nothing but commented examples, so a default changed in the code is never
 * hidden by a stale copy. Plain JDK, because the {@link Launcher} reads it before Payara (and its
 * MicroProfile Config) exists; inside the application {@link ConfigFileSource} serves it.
 */
public final class ConfigFile {

  /** The key that names the file itself; read from {@code -D} or the environment only. */
  public static final String LOCATION = "cadre.config.file";

  static final Path DEFAULT_LOCATION = Path.of("config", "cadre.properties");

  private final Path path;
  private final Map<String, String> values;

  private ConfigFile(Path path, Map<String, String> values) {
    this.path = path;
    this.values = Map.copyOf(values);
  }

  /** The file this JVM is configured with. */
  public static ConfigFile current() {
    return locate(System::getProperty, System::getenv);
  }

  /**
   * The file named by {@code cadre.config.file}, which must then exist, or the default one, which
   * may be absent (every key then takes its default).
   */
  static ConfigFile locate(UnaryOperator<String> system, UnaryOperator<String> environment) {
    Optional<String> named = outsideTheFile(LOCATION, system, environment);
    if (named.isPresent()) {
      Path path = Path.of(named.get()).toAbsolutePath();
      if (!Files.isRegularFile(path)) {
        throw new IllegalStateException(LOCATION + ": no such file " + path);
      }
      return read(path);
    }
    Path path = DEFAULT_LOCATION.toAbsolutePath();
    return Files.isRegularFile(path) ? read(path) : new ConfigFile(path, Map.of());
  }

  static ConfigFile read(Path path) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
    return new ConfigFile(path, values);
  }

  /**
   * A key's value from a {@code -D} option or the environment, in MicroProfile Config's order: the
   * system property, then the environment variable under the names MicroProfile Config tries
   * ({@code cadre.http.port}, {@code cadre_http_port}, {@code CADRE_HTTP_PORT}). Empty counts as
   * unset, as in MicroProfile Config.
   */
  static Optional<String> outsideTheFile(
      String key, UnaryOperator<String> system, UnaryOperator<String> environment) {
    String value = system.apply(key);
    if (value != null && !value.isEmpty()) {
      return Optional.of(value);
    }
    for (String name : environmentNames(key)) {
      value = environment.apply(name);
      if (value != null && !value.isEmpty()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static List<String> environmentNames(String key) {
    String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
    List<String> names = new ArrayList<>(List.of(key));
    for (String name : List.of(underscored, underscored.toUpperCase(Locale.ROOT))) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  public Path path() {
    return path;
  }

  /** Every key the file sets (commented lines set nothing). */
  public Map<String, String> values() {
    return values;
  }

  /** The file's value for a key; empty counts as unset. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
  }
}
