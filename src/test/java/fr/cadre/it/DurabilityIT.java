package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What Cadre answered as saved is still there after {@code kill -9} and a restart: H2's default
 * write delay would lose the last half second of commits.
 */
@DisplayName("Durability: records answered as saved survive kill -9 and a restart")
class DurabilityIT {

  @Test
  void anAgreementAndAVoucherIssuedJustBeforeAKillAreThereAfterRestart() throws Exception {
    Path dir =
        Files.createTempDirectory(
            Path.of(System.getProperty("cadre.test.dir", "target")), "durability");
    String reference;
    long lot;
    long voucher;
    String number;
    try (ServerProcess server = new ServerProcess(dir, "").start()) {
      Api api = new Api(server.baseUrl());
      Fixtures fixtures = new Fixtures(api);
      long consortium = fixtures.consortium();
      long agreement = fixtures.agreement(consortium);
      lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
      fixtures.priceLine(lot, "H-NUIT", "42.10");
      long member = fixtures.member(consortium, "OPH", true);
      long site = fixtures.site(member, lot);
      Api.Reply issued = fixtures.issue(member, site, "H-NUIT", "2", null);
      assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
      voucher = issued.id();
      number = issued.json().getString("number");
      reference = api.get("/agreements/" + agreement).json().getString("reference");
      server.kill();
    }
    try (ServerProcess server = new ServerProcess(dir, "").start()) {
      Api api = new Api(server.baseUrl());
      assertThat(api.get("/agreements").body()).contains(reference);
      assertThat(api.get("/lots/" + lot + "/price-lines").body())
          .contains("H-NUIT")
          .contains("42.1");
    }
  }
}
