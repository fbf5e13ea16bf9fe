package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** The end of a scenario: every ledger figure of the agreement is what its vouchers add up to. */
final class Reconciled {

  private Reconciled() {}

  static void check(Api api, long agreement) {
    JsonObject report = api.get("/agreements/" + agreement + "/reconciliation").json();
    assertThat(report.getJsonArray("differences")).as(report.toString()).isEmpty();
    assertThat(report.getJsonArray("dimensions")).hasSize(5);
    assertThat(report.getBoolean("consistent")).as(report.toString()).isTrue();
  }
}
