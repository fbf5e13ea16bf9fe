package fr.cadre.pages.ordering;

import fr.cadre.agreement.entity.Site;
import fr.cadre.ordering.control.OrderRequest;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issuing form as typed, every value kept as the officer wrote it so that a refused form comes
 * back with nothing lost; {@link #request} reads it into the same {@link OrderRequest} the API
 * takes. Quantities are keyed by price code ({@code q-<code>}); a French decimal comma is read.
 */
public final class VoucherForm {

  static final List<String> FIELDS =
      List.of(
          "lot",
          "site",
          "member",
          "object",
          "executionStart",
          "executionEnd",
          "commitmentNumber",
          "budgetYear",
          "budgetLine",
          "chorusServiceCode",
          "signatoryName",
          "signatoryRole",
          "issueDate",
          "idempotencyKey");

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> quantities = new LinkedHashMap<>();
  private final List<String> lineCodes = new ArrayList<>();

  private VoucherForm() {}

  /** A new voucher for a site: its own member orders, this month, issued today. */
  static VoucherForm defaults(long lotId, Site site, LocalDate today) {
    VoucherForm form = new VoucherForm();
    form.values.put("lot", String.valueOf(lotId));
    form.values.put("site", String.valueOf(site.id()));
    form.values.put("member", String.valueOf(site.member().id()));
    form.values.put("executionStart", today.withDayOfMonth(1).toString());
    form.values.put("executionEnd", today.withDayOfMonth(today.lengthOfMonth()).toString());
    form.values.put("budgetYear", String.valueOf(today.getYear()));
    form.values.put("issueDate", today.toString());
    form.values.put("idempotencyKey", java.util.UUID.randomUUID().toString());
    return form;
  }

  static VoucherForm of(MultivaluedMap<String, String> posted) {
    VoucherForm form = new VoucherForm();
    for (String field : FIELDS) {
      String value = posted.getFirst(field);
      form.values.put(field, value == null ? "" : value);
    }
    posted.forEach(
        (name, list) -> {
          if (name.startsWith("q-") && !list.isEmpty()) {
            form.quantities.put(name.substring(2), list.get(0));
          }
        });
    if (form.value("idempotencyKey").isBlank()) {
      form.values.put("idempotencyKey", java.util.UUID.randomUUID().toString());
    }
    return form;
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public String quantity(String code) {
    return quantities.getOrDefault(code, "");
  }

  Long id(String field) {
    try {
      return Long.valueOf(value(field).strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The price codes of the lines sent, in the order of the request's lines. */
  List<String> lineCodes() {
    return List.copyOf(lineCodes);
  }

  /**
   * The order the form asks for, on the lot's price codes; what does not parse is put in {@code
   * errors} beside its field. Quantities are numbers as every form reads them ({@link TypedForm}).
   */
  OrderRequest request(List<String> priceCodes, Texts texts, FormErrors errors) {
    Map<String, String> typedValues = new HashMap<>(values);
    quantities.forEach((code, quantity) -> typedValues.put("q-" + code, quantity));
    TypedForm typed = TypedForm.of(typedValues, texts);
    lineCodes.clear();
    List<OrderRequest.Line> lines = new ArrayList<>();
    for (String code : priceCodes) {
      BigDecimal quantity = typed.number("q-" + code, errors);
      if (quantity != null) {
        lines.add(new OrderRequest.Line(code, quantity));
        lineCodes.add(code);
      }
    }
    if (lines.isEmpty() && !errors.any()) {
      errors.add("lines", texts.get("form.error.noLine"));
    }
    return new OrderRequest(
        required("member", texts, errors),
        id("lot"),
        required("site", texts, errors),
        null,
        typed.text("object"),
        typed.date("executionStart", errors),
        typed.date("executionEnd", errors),
        typed.text("commitmentNumber"),
        typed.year("budgetYear", errors),
        typed.text("budgetLine"),
        typed.text("chorusServiceCode"),
        typed.text("signatoryName"),
        typed.text("signatoryRole"),
        typed.date("issueDate", errors),
        lines);
  }

  private Long required(String field, Texts texts, FormErrors errors) {
    Long id = id(field);
    if (id == null) {
      errors.add(field, texts.get("form.error.choice"));
    }
    return id;
  }
}
