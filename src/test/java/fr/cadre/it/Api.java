package fr.cadre.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small JSON client for Cadre's REST API. By default it authenticates (HTTP Basic) as {@value
 * #TESTER}, a consortium-wide user holding every role, which it creates on each server the first
 * time, as the first administrator (whose password the tests' settings give, {@link
 * #ADMIN_PASSWORD}); {@link #as}, {@link #withToken} and {@link #anonymous} ask as someone else.
 */
public final class Api {

  /** {@code cadre.admin.password} of the suite's server and of every {@link ServerProcess}. */
  public static final String ADMIN_PASSWORD = "admin-des-essais-2026";

  public static final String TESTER = "essai";
  public static final String TESTER_PASSWORD = "mot-de-passe-des-essais";

  private static final Set<String> TESTER_READY = ConcurrentHashMap.newKeySet();

  /**
   * HTTP/1.1, as curl and nginx speak to Cadre. The JDK's default upgrades to HTTP/2 (h2c), and a
   * connection Payara closed under a waiting GET then failed the test with "EOF reached while
   * reading", where HTTP/1.1 retries an idempotent request once on a fresh connection.
   */
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String base;

  /** The {@code Authorization} header sent, or null for none. */
  private final String authorization;

  private final boolean tester;

  public Api(URL deployment) {
    this(deployment.toString());
  }

  public Api(String base) {
    this(base.endsWith("/") ? base + "api" : base + "/api", basic(TESTER, TESTER_PASSWORD), true);
  }

  private Api(String apiBase, String authorization, boolean tester) {
    this.base = apiBase;
    this.authorization = authorization;
    this.tester = tester;
  }

  /** The same server, as this user (HTTP Basic). */
  public Api as(String login, String password) {
    return new Api(base, basic(login, password), false);
  }

  /** The same server, with this bearer token. */
  public Api withToken(String token) {
    return new Api(base, "Bearer " + token, false);
  }

  /** The same server, with no credentials at all. */
  public Api anonymous() {
    return new Api(base, null, false);
  }

  /** The same server, as its first administrator. */
  public Api asAdmin() {
    return as("admin", ADMIN_PASSWORD);
  }

  /** The id of the user with this login, from the administrator's list of users. */
  public long userId(String login) {
    return asAdmin().get("/users").array().stream()
        .map(v -> v.asJsonObject())
        .filter(u -> u.getString("login").equals(login))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** What this client sends as {@code Authorization}, or null. */
  public String authorization() {
    ensureTester();
    return authorization;
  }

  public static String basic(String login, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Creates the tester on this server once; it may exist from an earlier run on its data. */
  private void ensureTester() {
    if (!tester || TESTER_READY.contains(base)) {
      return;
    }
    synchronized (TESTER_READY) {
      if (TESTER_READY.contains(base)) {
        return;
      }
      Reply created =
          asAdmin()
              .post(
                  "/users",
                  """
                  {"login":"%s","name":"Compte des essais","roles":["ADMIN","OFFICER","FINANCE","OPERATOR","AUDITOR"],"password":"%s"}"""
                      .formatted(TESTER, TESTER_PASSWORD));
      if (created.status() != 201 && created.status() != 409) {
        throw new AssertionError("the tests' user could not be created: " + created);
      }
      TESTER_READY.add(base);
    }
  }

  public Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  /** A GET on the server root, outside the application (health, OpenAPI). */
  public Reply getFromServerRoot(String path) {
    URI root = URI.create(base).resolve(path);
    return sendTo(HttpRequest.newBuilder(root).GET(), null);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, Map.of());
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, Map.of());
  }

  public Reply send(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization() != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::setHeader);
    return sendTo(request, json);
  }

  /** A GET whose body is binary (a PDF, a ZIP). */
  public Download download(String path) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
      if (authorization() != null) {
        request.header("Authorization", authorization);
      }
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      Exchanges.record("GET", response.uri(), response.statusCode());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A binary answer. */
  public record Download(int status, String contentType, String disposition, byte[] body) {}

  private Reply sendTo(HttpRequest.Builder request, String json) {
    try {
      HttpRequest built = request.build();
      HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
      Exchanges.record(built.method(), built.uri(), response.statusCode(), json);
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer with its JSON body. */
  public record Reply(int status, String contentType, String body) {

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonArray array() {
      return (JsonArray) structure();
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      } catch (JsonException e) {
        throw new AssertionError(
            "not a JSON answer: " + status + " " + contentType + " " + body, e);
      }
    }

    public long id() {
      return json().getJsonNumber("id").longValue();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
