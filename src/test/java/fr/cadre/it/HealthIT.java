package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Health: ready once the schema is migrated and the first-start import has ended")
class HealthIT {

  @ArquillianResource URL base;

  @Test
  void readyIsUpWithTheFirstStartImportsOutcomeOnceThatImportHasEnded() {
    Api api = new Api(base);
    Imports imports = new Imports(api);
    long run = imports.firstStartRun();
    JsonObject ended = imports.awaitEnd(run);

    JsonObject check = Health.awaitReady(api);

    assertThat(check.getString("status")).isEqualTo("UP");
    JsonObject data = check.getJsonObject("data");
    assertThat(data.getString("first-start-import"))
        .isEqualTo(ended.getString("status") + " (run " + run + ")");
    assertThat(data.getString("schema")).matches("version \\d+(\\.\\d+)*");
  }

  @Test
  void liveAndTheWholeHealthAnswerUp() {
    Api api = new Api(base);
    Health.awaitReady(api);

    Api.Reply live = api.getFromServerRoot("/health/live");
    Api.Reply all = api.getFromServerRoot("/health");

    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json().getString("status")).isEqualTo("UP");
    assertThat(all.status()).isEqualTo(200);
    assertThat(Health.cadreCheck(all).getString("status")).isEqualTo("UP");
  }
}
