package fr.cadre.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON client for Cadre's REST API. */
public final class Api {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  public Api(URL deployment) {
    this(deployment.toString());
  }

  public Api(String base) {
    this.base = base.endsWith("/") ? base + "api" : base + "/api";
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
    headers.forEach(request::setHeader);
    return sendTo(request, json);
  }

  /** A GET whose body is binary (a PDF, a ZIP). */
  public Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(120))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
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
