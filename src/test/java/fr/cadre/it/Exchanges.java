package fr.cadre.it;

import java.net.URI;
import java.util.Map;
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
  private static final Map<String, String> ACCEPTED = new ConcurrentHashMap<>();

  private Exchanges() {}

  static void record(String method, URI uri, int status) {
    record(method, uri, status, null);
  }

  /**
   * {@code body}: the JSON sent; the first one an operation accepted is kept, for {@link
   * OperationContractIT} to send to an id that names no record.
   */
  static void record(String method, URI uri, int status, String body) {
    // Under the application's context root (/cadre in the suite, / for a ServerProcess).
    int api = uri.getPath().indexOf("/api/");
    if (api >= 0) {
      String path = uri.getPath().substring(api);
      SEEN.add(new Exchange(method, path, status));
      if (body != null && status >= 200 && status < 300) {
        ACCEPTED.putIfAbsent(method + " " + path, body);
      }
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

  /** An accepted body, by {@code METHOD /api/path}. */
  static Map<String, String> accepted() {
    return Map.copyOf(ACCEPTED);
  }

  static Set<Exchange> seen() {
    return Set.copyOf(SEEN);
  }

  /** The simple names of the test classes that sent at least one request. */
  static Set<String> classes() {
    return Set.copyOf(CLASSES);
  }
}
