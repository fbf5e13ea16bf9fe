package fr.cadre.platform;

import static fr.cadre.platform.ConfigFileTest.env;
import static fr.cadre.platform.ConfigFileTest.sys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The launcher: Payara's address and port from -D, then environment, file, default")
class LauncherTest {

  @TempDir Path dir;

  @Test
  void withNothingSetCadreListensOnLoopbackPort8080() throws IOException {
    Launcher.Listener listener = Launcher.Listener.resolve(key -> null, key -> null, file(""));

    assertThat(listener).isEqualTo(new Launcher.Listener("127.0.0.1", 8080));
  }

  @Test
  void theFileIsUsedWhenNeitherEnvironmentNorOptionSetsTheKey() throws IOException {
    Launcher.Listener listener =
        Launcher.Listener.resolve(
            key -> null, key -> null, file("cadre.http.port=8090\ncadre.http.address=0.0.0.0\n"));

    assertThat(listener).isEqualTo(new Launcher.Listener("0.0.0.0", 8090));
  }

  @Test
  void theEnvironmentOverridesTheFile() throws IOException {
    Launcher.Listener listener =
        Launcher.Listener.resolve(
            key -> null, env("CADRE_HTTP_PORT", "8091"), file("cadre.http.port=8090\n"));

    assertThat(listener.port()).isEqualTo(8091);
  }

  @Test
  void aJavaOptionOverridesTheEnvironmentAndTheFile() throws IOException {
    Launcher.Listener listener =
        Launcher.Listener.resolve(
            sys("cadre.http.port", "8092"),
            env("CADRE_HTTP_PORT", "8091"),
            file("cadre.http.port=8090\n"));

    assertThat(listener.port()).isEqualTo(8092);
  }

  @Test
  void aPortThatIsNotATcpPortIsRefusedNamingTheKey() {
    assertThatThrownBy(
            () -> Launcher.Listener.resolve(key -> null, env("CADRE_HTTP_PORT", "80a"), file("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cadre.http.port")
        .hasMessageContaining("80a");
    assertThatThrownBy(
            () -> Launcher.Listener.resolve(key -> null, env("CADRE_HTTP_PORT", "70000"), file("")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private ConfigFile file(String content) throws IOException {
    return ConfigFile.read(Files.writeString(dir.resolve("cadre.properties"), content));
  }
}
