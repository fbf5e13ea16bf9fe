package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The API application lists every resource and provider, and no page controller")
class RestApplicationTest {

  /** Every compiled class of Cadre, found in the build's output folder. */
  private static List<Class<?>> cadreClasses() throws IOException {
    java.nio.file.Path root = Paths.get("target/classes");
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("fr/cadre"))) {
      return files
          .map(root::relativize)
          .map(java.nio.file.Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.replace('/', '.').replace(".class", ""))
          .map(RestApplicationTest::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RestApplicationTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isPage(Class<?> type) {
    return type.getPackageName().startsWith("fr.cadre.pages");
  }

  @Test
  void everyResourceOutsideThePagesIsListedAndNoPageControllerIs() throws IOException {
    List<Class<?>> resources =
        cadreClasses().stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
    assertThat(resources).anyMatch(RestApplicationTest::isPage);
    assertThat(new RestApplication().getClasses())
        .containsAll(resources.stream().filter(c -> !isPage(c)).toList())
        .noneMatch(RestApplicationTest::isPage);
  }

  @Test
  void everyProviderOutsideThePagesIsListed() throws IOException {
    List<Class<?>> providers =
        cadreClasses().stream()
            .filter(c -> c.isAnnotationPresent(Provider.class) && !isPage(c))
            .toList();
    assertThat(providers).isNotEmpty();
    assertThat(new RestApplication().getClasses()).containsAll(providers);
  }
}
