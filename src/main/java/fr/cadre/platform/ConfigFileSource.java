package fr.cadre.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * {@link ConfigFile} as a MicroProfile config source (registered in {@code META-INF/services}),
 * ranked below environment variables (300) and system properties (400) and above the defaults in
 * the code: {@code CADRE_DATA_DIR=/tmp/x} or {@code -Dcadre.data.dir=/tmp/x} wins over the file.
 */
public class ConfigFileSource implements ConfigSource {

  static final int ORDINAL = 250;

  private final ConfigFile file;

  public ConfigFileSource() {
    this(ConfigFile.current());
  }

  ConfigFileSource(ConfigFile file) {
    this.file = file;
  }

  @Override
  public Map<String, String> getProperties() {
    return file.values();
  }

  @Override
  public Set<String> getPropertyNames() {
    return file.values().keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return file.values().get(propertyName);
  }

  @Override
  public String getName() {
    return "cadre file " + file.path();
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
