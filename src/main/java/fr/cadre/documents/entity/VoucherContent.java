package fr.cadre.documents.entity;

import static fr.cadre.kernel.JsonTexts.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything a voucher states (DOMAIN.md, "What a voucher states"), as it was at issue: parties'
 * names and addresses, prices, totals, the lot's headroom left. Stored with the voucher, so that
 * the document never changes when a name or an address does later, and digested (SHA-256 of its RFC
 * 8785 canonical JSON) so that anyone can check a copy against Cadre. Amounts are kept as text
 * exactly as computed (scale 2), so that no JSON number formatting ever touches them.
 */
public record VoucherContent(
    String number,
    String issueDate,
    String consortium,
    String agreementReference,
    String agreementObject,
    int lotNumber,
    String lotLabel,
    Party member,
    String billingAddress,
    String commitmentNumber,
    String budgetYear,
    String budgetLine,
    String chorusServiceCode,
    Party holder,
    boolean vatExempt,
    String siteCode,
    String siteName,
    String deliveryPlace,
    String executionStart,
    String executionEnd,
    String object,
    List<Line> lines,
    String totalHt,
    String totalVat,
    String totalTtc,
    String totalInWords,
    String headroomAfter,
    String paymentTerms,
    String signatoryName,
    String signatoryRole,
    String allocation,
    String legalBasis) {

  /** A party: the ordering member or the holder. */
  public record Party(String name, String siret, String address) {}

  /** A voucher line from the lot's price schedule. */
  public record Line(
      String code,
      String label,
      String unit,
      String quantity,
      String unitPrice,
      String lineHt,
      String vatRate) {}

  /**
   * What is stored and digested: the content in its RFC 8785 canonical form, written in that form
   * at once. The content holds only strings, booleans, nulls and one integer, where the scheme asks
   * for nothing beyond members sorted by name (UTF-16 code units) and JSON's minimal escaping,
   * which is JSON-P's own: so the members are written here in sorted order. The scheme's reference
   * library (erdtman's java-json-canonicalization) gives the same text byte for byte, which
   * VoucherContentCanonicalFormTest checks over every character and many random vouchers; writing
   * the content, then parsing and writing it again with that library, cost each issue more than the
   * rest of its document.
   */
  public String canonicalJson() {
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.write("agreementObject", agreementObject).write("agreementReference", agreementReference);
      text(g, "allocation", allocation);
      text(g, "billingAddress", billingAddress);
      text(g, "budgetLine", budgetLine);
      text(g, "budgetYear", budgetYear);
      text(g, "chorusServiceCode", chorusServiceCode);
      text(g, "commitmentNumber", commitmentNumber);
      g.write("consortium", consortium);
      text(g, "deliveryPlace", deliveryPlace);
      g.write("executionEnd", executionEnd).write("executionStart", executionStart);
      text(g, "headroomAfter", headroomAfter);
      party(g, "holder", holder);
      g.write("issueDate", issueDate).write("legalBasis", legalBasis);
      g.writeStartArray("lines");
      for (Line l : lines) {
        g.writeStartObject().write("code", l.code()).write("label", l.label());
        g.write("lineHt", l.lineHt()).write("quantity", l.quantity()).write("unit", l.unit());
        g.write("unitPrice", l.unitPrice()).write("vatRate", l.vatRate()).writeEnd();
      }
      g.writeEnd();
      g.write("lotLabel", lotLabel).write("lotNumber", lotNumber);
      party(g, "member", member);
      g.write("number", number).write("object", object).write("paymentTerms", paymentTerms);
      text(g, "signatoryName", signatoryName);
      text(g, "signatoryRole", signatoryRole);
      g.write("siteCode", siteCode).write("siteName", siteName);
      g.write("totalHt", totalHt).write("totalInWords", totalInWords);
      g.write("totalTtc", totalTtc).write("totalVat", totalVat).write("vatExempt", vatExempt);
      g.writeEnd();
    }
    return out.toString();
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }

  private static void party(JsonGenerator g, String name, Party p) {
    g.writeStartObject(name);
    text(g, "address", p.address());
    g.write("name", p.name()).write("siret", p.siret()).writeEnd();
  }

  /** The content as JSON, members in the order the document lists them, no spaces. */
  public String toJson() {
    JsonArrayBuilder lineArray = JSON.createArrayBuilder();
    for (Line l : lines) {
      lineArray.add(
          JSON.createObjectBuilder()
              .add("code", l.code())
              .add("label", l.label())
              .add("unit", l.unit())
              .add("quantity", l.quantity())
              .add("unitPrice", l.unitPrice())
              .add("lineHt", l.lineHt())
              .add("vatRate", l.vatRate()));
    }
    JsonObjectBuilder o = JSON.createObjectBuilder();
    o.add("number", number).add("issueDate", issueDate).add("consortium", consortium);
    o.add("agreementReference", agreementReference).add("agreementObject", agreementObject);
    o.add("lotNumber", lotNumber).add("lotLabel", lotLabel);
    o.add("member", party(member)).add("billingAddress", text(billingAddress));
    o.add("commitmentNumber", text(commitmentNumber)).add("budgetYear", text(budgetYear));
    o.add("budgetLine", text(budgetLine)).add("chorusServiceCode", text(chorusServiceCode));
    o.add("holder", party(holder)).add("vatExempt", vatExempt);
    o.add("siteCode", siteCode).add("siteName", siteName).add("deliveryPlace", text(deliveryPlace));
    o.add("executionStart", executionStart).add("executionEnd", executionEnd);
    o.add("object", object).add("lines", lineArray);
    o.add("totalHt", totalHt).add("totalVat", totalVat).add("totalTtc", totalTtc);
    o.add("totalInWords", totalInWords).add("headroomAfter", text(headroomAfter));
    o.add("paymentTerms", paymentTerms);
    o.add("signatoryName", text(signatoryName)).add("signatoryRole", text(signatoryRole));
    o.add("allocation", text(allocation)).add("legalBasis", legalBasis);
    return o.build().toString();
  }

  /** SHA-256 of the RFC 8785 canonical JSON, in hexadecimal. */
  public String digest() {
    return digestOf(canonicalJson());
  }

  /** The digest of canonical JSON already written, so that it is not written twice. */
  public static String digestOf(String canonicalJson) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static VoucherContent fromJson(String json) {
    JsonObject o = JSON.createReader(new StringReader(json)).readObject();
    List<Line> lines =
        o.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .map(
                l ->
                    new Line(
                        l.getString("code"),
                        l.getString("label"),
                        l.getString("unit"),
                        l.getString("quantity"),
                        l.getString("unitPrice"),
                        l.getString("lineHt"),
                        l.getString("vatRate")))
            .toList();
    return new VoucherContent(
        o.getString("number"),
        o.getString("issueDate"),
        o.getString("consortium"),
        o.getString("agreementReference"),
        o.getString("agreementObject"),
        o.getInt("lotNumber"),
        o.getString("lotLabel"),
        party(o.getJsonObject("member")),
        o.getString("billingAddress", null),
        o.getString("commitmentNumber", null),
        o.getString("budgetYear", null),
        o.getString("budgetLine", null),
        o.getString("chorusServiceCode", null),
        party(o.getJsonObject("holder")),
        o.getBoolean("vatExempt"),
        o.getString("siteCode"),
        o.getString("siteName"),
        o.getString("deliveryPlace", null),
        o.getString("executionStart"),
        o.getString("executionEnd"),
        o.getString("object"),
        lines,
        o.getString("totalHt"),
        o.getString("totalVat"),
        o.getString("totalTtc"),
        o.getString("totalInWords"),
        o.getString("headroomAfter", null),
        o.getString("paymentTerms"),
        o.getString("signatoryName", null),
        o.getString("signatoryRole", null),
        o.getString("allocation", null),
        o.getString("legalBasis"));
  }

  private static JsonObjectBuilder party(Party p) {
    return JSON.createObjectBuilder()
        .add("name", p.name())
        .add("siret", p.siret())
        .add("address", text(p.address()));
  }

  private static Party party(JsonObject o) {
    return new Party(o.getString("name"), o.getString("siret"), o.getString("address", null));
  }

  private static JsonValue text(String s) {
    return s == null ? JsonValue.NULL : JSON.createValue(s);
  }
}
