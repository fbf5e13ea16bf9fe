package fr.cadre.it;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every answer the integration tests received from Cadre's API, by the test class that asked: the
 * statuses each operation really answers, which {@link OperationStatusesIT} compares with the
 * OpenAPI document once the other classes have run (failsafe runs every class in one JVM).
 */
final class Exchanges {

  /** One request: its method, its path under the server root without the query, its status. */
  record Exchange(String method, String path, int status) {}

  private static final Set<Exchange> SEEN = ConcurrentHashMap.newKeySet();
  private static final Set<String> CLASSES = ConcurrentHashMap.newKeySet();

  private Exchanges() {}

  static void record(String method, URI uri, int status) {
    if (uri.getPath().startsWith("/api/")) {
      SEEN.add(new Exchange(method, uri.getPath(), status));
    }
    StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(
            frames ->
                frames
                    .map(f -> f.getDeclaringClass().getSimpleName())
                    .filter(name -> name.endsWith("IT"))
                    .findFirst())
        .ifPresent(CLASSES::add);
  }

  static Set<Exchange> seen() {
    return Set.copyOf(SEEN);
  }

  /** The simple names of the test classes that sent at least one request. */
  static Set<String> classes() {
    return Set.copyOf(CLASSES);
  }
}
