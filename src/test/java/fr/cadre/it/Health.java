package fr.cadre.it;

import jakarta.json.JsonObject;
import java.time.Duration;

/** Cadre's health endpoints, as a load balancer or an operator reads them. */
final class Health {

  private Health() {}

  /** Waits until {@code /health/ready} answers 200, and returns Cadre's own readiness check. */
  static JsonObject awaitReady(Api api) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    Api.Reply ready = api.getFromServerRoot("/health/ready");
    while (ready.status() != 200 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      ready = api.getFromServerRoot("/health/ready");
    }
    if (ready.status() != 200) {
      throw new AssertionError("not ready in 120 s: " + ready);
    }
    return cadreCheck(ready);
  }

  static JsonObject cadreCheck(Api.Reply health) {
    return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> check.getString("name").equals("cadre"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check named cadre in " + health));
  }
}
