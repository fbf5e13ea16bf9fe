package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.it.OpenApiDocuments.Op;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after every other integration test class (its {@code @Order}, with the class orderer set in
 * {@code junit-platform.properties}) and compares, operation by operation, the statuses the tests
 * received ({@link Exchanges}) with the ones the OpenAPI document declares. Every status received
 * must be declared; every declared error status must have been received, which only the whole suite
 * can tell: when a subset of the classes ran ({@code -Dit.test=...}), that half is skipped with the
 * reason printed. The table of what was seen is written to {@code target/operation-statuses.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
@DisplayName(
    "Each operation answers only the statuses the OpenAPI document declares, and every declared"
        + " error status is provoked by a test")
class OperationStatusesIT {

  @ArquillianResource URL base;

  @Test
  void declaredStatusesAreTheOnesTheTestsReceived() throws Exception {
    List<Op> operations = OpenApiDocuments.operations(OpenApiDocuments.parse(new Api(base)));
    Map<Op, Set<Integer>> received = received(operations);
    List<String> undeclared = new ArrayList<>();
    List<String> unprovoked = new ArrayList<>();
    Set<String> missing = classesThatSentNothing();
    boolean wholeSuite = missing.isEmpty();
    StringBuilder table = new StringBuilder();
    for (Op op : operations) {
      Set<Integer> declared =
          op.operation().getResponses().keySet().stream()
              .filter(code -> code.matches("\\d{3}"))
              .map(Integer::valueOf)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<Integer> seen = received.getOrDefault(op, Set.of());
      table.append(op).append("\tdeclared ").append(declared).append("\treceived ").append(seen);
      table.append('\n');
      for (int status : seen) {
        // A 5xx is a failure no document declares (OldVoucherDocumentsIT provokes one on purpose).
        if (status < 500 && !declared.contains(status)) {
          undeclared.add(op + " answered " + status);
        }
      }
      if (wholeSuite) {
        for (int status : declared) {
          if (status >= 400 && !seen.contains(status)) {
            unprovoked.add(op + " declares " + status);
          }
        }
      }
    }
    Files.writeString(Path.of("target", "operation-statuses.txt"), table);
    if (!wholeSuite) {
      System.out.println(
          "OperationStatusesIT: only a part of the suite ran (no request from "
              + missing
              + "): declared error statuses that no test provoked are not looked for.");
    }
    assertThat(undeclared).as("statuses answered but not declared").isEmpty();
    assertThat(unprovoked).as("error statuses declared but provoked by no test").isEmpty();
  }

  /** Each request matched to its operation; a request of no operation (a 405) is left out. */
  private static Map<Op, Set<Integer>> received(List<Op> operations) {
    Map<Op, Set<Integer>> received = new TreeMap<>(Comparator.comparing(Op::toString));
    for (Exchanges.Exchange e : Exchanges.seen()) {
      Optional<Op> op =
          operations.stream()
              .filter(o -> o.method().equals(e.method()))
              .filter(o -> o.pattern().matcher(e.path()).matches())
              .min(Comparator.comparingLong(Op::parameters));
      op.ifPresent(o -> received.computeIfAbsent(o, k -> new TreeSet<>()).add(e.status()));
    }
    return received;
  }

  /** The integration test classes of this build that sent no request: they did not run. */
  private static Set<String> classesThatSentNothing() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
                OperationStatusesIT.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .resolve("fr/cadre/it");
    Set<String> ran = Exchanges.classes();
    try (Stream<Path> files = Files.list(classes)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith("IT.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .filter(name -> !name.equals(OperationStatusesIT.class.getSimpleName()))
          .filter(name -> !ran.contains(name))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
