package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The settings file: where it is, what it sets, and what outranks it")
class ConfigFileTest {

  @TempDir Path dir;

  @Test
  void aFileNamedByTheEnvironmentIsReadAndItsCommentedLinesSetNothing() throws IOException {
    Path file = dir.resolve("cadre.properties");
    Files.writeString(
        file, "#cadre.http.port=8080\ncadre.data.dir=/srv/données\n# comment\ncadre.db.user=\n");

    ConfigFile config = ConfigFile.locate(key -> null, env("CADRE_CONFIG_FILE", file.toString()));

    assertThat(config.path()).isEqualTo(file.toAbsolutePath());
    assertThat(config.values()).containsOnlyKeys("cadre.data.dir", "cadre.db.user");
    assertThat(config.value("cadre.data.dir")).contains("/srv/données");
    assertThat(config.value("cadre.http.port")).isEmpty();
    assertThat(config.value("cadre.db.user")).as("empty counts as unset").isEmpty();
  }

  @Test
  void aNamedFileThatDoesNotExistIsRefusedWithItsKeyAndPath() {
    Path missing = dir.resolve("nowhere.properties");

    assertThatThrownBy(
            () -> ConfigFile.locate(sys("cadre.config.file", missing.toString()), key -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cadre.config.file")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aSystemPropertyOutranksTheEnvironmentAndEmptyCountsAsUnset() {
    assertThat(
            ConfigFile.outsideTheFile(
                "cadre.http.port", sys("cadre.http.port", "9001"), env("CADRE_HTTP_PORT", "9002")))
        .contains("9001");
    assertThat(
            ConfigFile.outsideTheFile(
                "cadre.http.port", sys("cadre.http.port", ""), env("CADRE_HTTP_PORT", "9002")))
        .contains("9002");
    assertThat(ConfigFile.outsideTheFile("cadre.http.port", key -> null, key -> null)).isEmpty();
  }

  @Test
  void environmentNamesFollowMicroProfileConfig() {
    assertThat(ConfigFile.environmentNames("cadre.http.port"))
        .containsExactly("cadre.http.port", "cadre_http_port", "CADRE_HTTP_PORT");
    assertThat(ConfigFile.environmentNames("cadre.legal.max-duration-months.pouvoir-adjudicateur"))
        .endsWith("CADRE_LEGAL_MAX_DURATION_MONTHS_POUVOIR_ADJUDICATEUR");
  }

  @Test
  void theFileRanksBelowEnvironmentVariablesAndSystemProperties() {
    ConfigFileSource source = new ConfigFileSource(ConfigFile.read(write("cadre.data.dir=x\n")));

    assertThat(source.getOrdinal()).isLessThan(300).isGreaterThan(100);
    assertThat(source.getValue("cadre.data.dir")).isEqualTo("x");
    assertThat(source.getProperties()).isEqualTo(Map.of("cadre.data.dir", "x"));
  }

  private Path write(String content) {
    try {
      return Files.writeString(dir.resolve("written.properties"), content);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static java.util.function.UnaryOperator<String> sys(String key, String value) {
    return name -> name.equals(key) ? value : null;
  }

  static java.util.function.UnaryOperator<String> env(String name, String value) {
    return sys(name, value);
  }
}
