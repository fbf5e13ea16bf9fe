package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.importing.control.ImportSettings;
import fr.cadre.ordering.control.OrderingSettings;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code config/cadre.properties} only shows the settings: a line it set would hide a
 * default later changed in the code. Its commented examples give the code's defaults.
 */
@DisplayName("config/cadre.properties sets nothing and shows every key with the code's default")
class ConfigExamplesTest {

  private static final Path SHIPPED = Path.of("config", "cadre.properties");

  /** The classes that read settings; each key is read by one of them only. */
  private static final List<Class<?>> SETTINGS =
      List.of(
          OrderingSettings.class,
          fr.cadre.ledger.control.AlertSettings.class,
          AgreementSettings.class,
          ImportSettings.class,
          ProbeResource.class,
          Instance.class,
          fr.cadre.access.control.AccessSettings.class);

  @Test
  void theShippedFileSetsNoKey() {
    assertThat(ConfigFile.read(SHIPPED).values()).isEmpty();
  }

  @Test
  void everyKeyReadInTheCodeIsShownWithItsDefault() throws IOException {
    String shipped = Files.readString(SHIPPED);

    codeDefaults()
        .forEach(
            (key, value) ->
                assertThat(shipped).as(key).containsPattern("(?m)^#" + key + "=" + value + "$"));
    assertThat(shipped).containsPattern("(?m)^#" + StorageSettings.DB_URL + "=jdbc:");
    assertThat(shipped).containsPattern("(?m)^#" + StorageSettings.DB_PASSWORD + "=");
  }

  @Test
  void eachKeyIsReadInOnePlace() {
    Map<String, Class<?>> readers = new TreeMap<>();
    for (Class<?> type : SETTINGS) {
      for (Field field : type.getDeclaredFields()) {
        ConfigProperty property = field.getAnnotation(ConfigProperty.class);
        if (property != null) {
          assertThat(readers.put(property.name(), type))
              .as(property.name() + " read again in " + type.getSimpleName())
              .isNull();
        }
      }
    }
    assertThat(readers)
        .doesNotContainKeys(
            StorageSettings.DATA_DIR, StorageSettings.DB_URL, Launcher.PORT, Launcher.ADDRESS);
  }

  private static Map<String, String> codeDefaults() {
    Map<String, String> defaults = new TreeMap<>();
    for (Class<?> type : SETTINGS) {
      for (Field field : type.getDeclaredFields()) {
        ConfigProperty property = field.getAnnotation(ConfigProperty.class);
        if (property != null) {
          // A key without default (an Optional) is shown empty.
          defaults.put(
              property.name(),
              property.defaultValue().equals(ConfigProperty.UNCONFIGURED_VALUE)
                  ? ""
                  : property.defaultValue());
        }
      }
    }
    defaults.put(StorageSettings.DATA_DIR, StorageSettings.DEFAULT_DATA_DIR);
    defaults.put(StorageSettings.DB_USER, StorageSettings.DEFAULT_DB_USER);
    defaults.put(Launcher.PORT, Launcher.DEFAULT_PORT);
    defaults.put(Launcher.ADDRESS, Launcher.DEFAULT_ADDRESS);
    return defaults;
  }
}
