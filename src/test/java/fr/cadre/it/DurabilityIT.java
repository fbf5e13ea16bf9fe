package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What Cadre answered as saved is still there after {@code kill -9} and a restart: H2's default
 * write delay would lose the last half second of commits. It runs in the PostgreSQL pass too
 * (server on a schema of its own): what Cadre answers as saved must be committed there as well.
 */
@DisplayName("Durability: records answered as saved survive kill -9 and a restart")
class DurabilityIT {

  /** The test builds the scheme it needs: the sample's import (and its history) would only cost. */
  private static final String OWN_SCHEME = "cadre.import.at-first-start=false\n";

  @Test
  void anAgreementAndAVoucherIssuedJustBeforeAKillAreThereAfterRestart() throws Exception {
    Path dir =
        Files.createTempDirectory(
            Path.of(System.getProperty("cadre.test.dir", "target")), "durability");
    String reference;
    long lot;
    long member;
    long site;
    long earlier;
    String earlierDigest;
    long last;
    String lastNumber;
    try (ServerProcess server = new ServerProcess(dir, OWN_SCHEME).start()) {
      Api api = new Api(server.baseUrl());
      Fixtures fixtures = new Fixtures(api);
      long consortium = fixtures.consortium();
      long agreement = fixtures.agreement(consortium);
      lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
      fixtures.priceLine(lot, "H-NUIT", "42.10");
      member = fixtures.member(consortium, "OPH", true);
      site = fixtures.site(member, lot);
      reference = api.get("/agreements/" + agreement).json().getString("reference");
      earlier = issued(fixtures.issue(member, site, "H-NUIT", "1", null)).id();
      earlierDigest = api.get("/vouchers/" + earlier + "/document").json().getString("digest");
      // The last voucher is killed right after its answer: nothing more is asked of the server.
      Api.Reply issued = issued(fixtures.issue(member, site, "H-NUIT", "2", null));
      last = issued.id();
      lastNumber = issued.json().getString("number");
      server.kill();
    }
    try (ServerProcess server = new ServerProcess(dir, OWN_SCHEME).start()) {
      Api api = new Api(server.baseUrl());
      assertThat(api.get("/agreements").body()).contains(reference);
      assertThat(api.get("/lots/" + lot + "/price-lines").body())
          .contains("H-NUIT")
          .contains("42.1");

      // The last voucher is there, numbered and priced as answered: 2 h x 42.10 € = 84.20 € HT.
      Api.Reply after = api.get("/vouchers/" + last);
      assertThat(after.status()).as(after.toString()).isEqualTo(200);
      JsonObject voucher = after.json();
      assertThat(voucher.getString("number")).isEqualTo(lastNumber);
      assertThat(voucher.getString("status")).isEqualTo("ISSUED");
      assertThat(voucher.getJsonNumber("totalHt").bigDecimalValue()).isEqualByComparingTo("84.20");
      assertThat(voucher.getJsonNumber("totalTtc").bigDecimalValue())
          .isEqualByComparingTo("101.04");

      // Its frozen document came through with it (same number and amount, a digest that is the
      // RFC 8785 digest of that content), and the earlier voucher's digest has not changed.
      JsonObject document = api.get("/vouchers/" + last + "/document").json();
      JsonObject content = document.getJsonObject("content");
      assertThat(content.getString("number")).isEqualTo(lastNumber);
      assertThat(new BigDecimal(content.getString("totalHt"))).isEqualByComparingTo("84.20");
      assertThat(document.getString("digest")).isEqualTo(Rfc8785.digest(content.toString()));
      assertThat(api.get("/vouchers/" + earlier + "/document").json().getString("digest"))
          .isEqualTo(earlierDigest);

      // The counter survived too: the next issue takes the next number, not the last one again.
      Api.Reply next = issued(new Fixtures(api).issue(member, site, "H-NUIT", "1", null));
      assertThat(next.json().getString("number")).isEqualTo(following(lastNumber));
    }
  }

  private static Api.Reply issued(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  /** "2022-000041" is followed by "2022-000042". */
  private static String following(String number) {
    String[] parts = number.split("-");
    return "%s-%06d".formatted(parts[0], Integer.parseInt(parts[1]) + 1);
  }
}
