package fr.cadre.documents.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cadre.documents.control.Vouchers;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The frozen content is digested in its RFC 8785 (JSON Canonicalization Scheme) form, so that
 * anyone holding the content, in whatever member order and spacing it reached them, computes the
 * digest printed on the PDF again.
 */
@DisplayName("Voucher content: RFC 8785 canonical form and its digest")
class VoucherContentCanonicalFormTest {

  /** Quotes, a backslash, a line break, a tab, a euro sign, a non-BMP character. */
  private static final String AWKWARD = "Médiation « \"été\" » \\ 2022\nsuite\tfin €, 𝄞";

  @Test
  void membersAreSortedByNameAtEveryLevelWithoutSpaces() {
    VoucherContent content = Vouchers.content(3, false);

    String canonical = content.canonicalJson();

    JsonObject parsed = Json.createReader(new StringReader(canonical)).readObject();
    assertSorted(parsed);
    assertThat(canonical).doesNotContain("\": ").doesNotContain(", \"").doesNotStartWith(" ");
    assertThat(canonical).isEqualTo(reprint(parsed, false));
  }

  @Test
  void theDigestIsTheSha256OfTheCanonicalTextInUtf8() throws Exception {
    VoucherContent content = withObject(Vouchers.content(2, false), AWKWARD);

    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(content.canonicalJson().getBytes(StandardCharsets.UTF_8)));

    assertThat(content.digest()).isEqualTo(expected).hasSize(64);
  }

  @Test
  void theSameContentPrettyPrintedInAnotherOrderGivesTheSameDigest() {
    VoucherContent content = withObject(Vouchers.content(3, false), AWKWARD);
    String other = reprint(reversed(parse(content.toJson())), true);
    assertThat(other).isNotEqualTo(content.canonicalJson());

    VoucherContent reread = VoucherContent.fromJson(other);

    assertThat(reread).isEqualTo(content);
    assertThat(reread.digest()).isEqualTo(content.digest());
  }

  @Test
  void stringsAreEscapedOnlyWhereJsonRequires() {
    String canonical = withObject(Vouchers.content(1, false), AWKWARD).canonicalJson();

    assertThat(canonical)
        .contains("\"object\":\"Médiation « \\\"été\\\" » \\\\ 2022\\nsuite\\tfin €, 𝄞\"")
        .doesNotContain("\\u");
  }

  /**
   * Cadre writes the canonical form itself, in one pass; the scheme's reference library, given the
   * same content in Cadre's document order, must write the same text, with every UTF-16 code unit
   * (control characters, quotes, lone surrogates) in a text field.
   */
  @Test
  void theCanonicalTextIsTheReferenceLibrarysWhateverCharacterATextHolds() throws Exception {
    VoucherContent base = Vouchers.content(2, false);
    for (int first = 0; first <= 0xFFFF; first += 64) {
      StringBuilder chars = new StringBuilder("«");
      for (int c = first; c < first + 64; c++) {
        chars.append((char) c);
      }
      VoucherContent content = withObject(base, chars.toString());
      assertThat(content.canonicalJson())
          .as("characters from U+%04X", first)
          .isEqualTo(new JsonCanonicalizer(content.toJson()).getEncodedString());
    }
  }

  /** The same over random vouchers: any field empty where it may be, any number of lines. */
  @Test
  void theCanonicalTextIsTheReferenceLibrarysForRandomVouchers() throws Exception {
    Random random = new Random(8785);
    for (int i = 0; i < 2_000; i++) {
      VoucherContent content = RandomContent.of(random);
      assertThat(content.canonicalJson())
          .as("random voucher %d", i)
          .isEqualTo(new JsonCanonicalizer(content.toJson()).getEncodedString());
    }
  }

  @Test
  void theReadmeCommandGivesTheDigest() throws Exception {
    assumeTrue(ReadmeDigestCommand.toolsPresent(), "sh, jq and sha256sum on the PATH");
    VoucherContent content = withObject(Vouchers.content(4, true), AWKWARD);
    // What GET /api/vouchers/{id}/document answers, content in Cadre's own member order.
    String document =
        "{\"number\":\"%s\",\"digest\":\"%s\",\"canonicalForm\":\"rfc8785\",\"content\":%s}"
            .formatted(content.number(), content.digest(), content.toJson());

    assertThat(ReadmeDigestCommand.fromReadme().digestOf(document)).isEqualTo(content.digest());
  }

  @Test
  void theReadmeCommandForDocumentsFrozenBeforeRfc8785GivesTheirDigest() throws Exception {
    assumeTrue(ReadmeDigestCommand.toolsPresent(), "sh, jq and sha256sum on the PATH");
    VoucherContent content = withObject(Vouchers.content(2, false), AWKWARD);
    // Stored before V7: Cadre's own member order, digested as written.
    String stored = content.toJson();
    String document =
        "{\"number\":\"%s\",\"digest\":\"%s\",\"canonicalForm\":\"cadre-field-order\",\"content\":%s}"
            .formatted(content.number(), VoucherContent.digestOf(stored), stored);

    assertThat(ReadmeDigestCommand.forOldFormFromReadme().digestOf(document))
        .isEqualTo(VoucherContent.digestOf(stored))
        .isNotEqualTo(content.digest());
  }

  private static VoucherContent withObject(VoucherContent c, String object) {
    JsonObject o = parse(c.toJson());
    return VoucherContent.fromJson(
        Json.createObjectBuilder(o).add("object", object).build().toString());
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static void assertSorted(JsonValue value) {
    if (value instanceof JsonObject o) {
      List<String> names = new ArrayList<>(o.keySet());
      assertThat(names).isSorted();
      o.values().forEach(VoucherContentCanonicalFormTest::assertSorted);
    } else if (value instanceof JsonArray a) {
      a.forEach(VoucherContentCanonicalFormTest::assertSorted);
    }
  }

  /** The same members, last first, at every level. */
  private static JsonValue reversedValue(JsonValue value) {
    if (value instanceof JsonObject o) {
      return reversed(o);
    }
    if (value instanceof JsonArray a) {
      var b = Json.createArrayBuilder();
      a.forEach(v -> b.add(reversedValue(v)));
      return b.build();
    }
    return value;
  }

  private static JsonObject reversed(JsonObject o) {
    var b = Json.createObjectBuilder();
    List<String> names = new ArrayList<>(o.keySet());
    for (int i = names.size() - 1; i >= 0; i--) {
      b.add(names.get(i), reversedValue(o.get(names.get(i))));
    }
    return b.build();
  }

  private static String reprint(JsonValue value, boolean pretty) {
    StringWriter out = new StringWriter();
    Map<String, ?> config = pretty ? Map.of(JsonGenerator.PRETTY_PRINTING, true) : Map.of();
    try (var writer = Json.createWriterFactory(config).createWriter(out)) {
      writer.write(value);
    }
    return out.toString();
  }
}
