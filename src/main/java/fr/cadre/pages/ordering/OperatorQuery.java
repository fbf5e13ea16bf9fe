package fr.cadre.pages.ordering;

import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.VoucherStatus;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The operator's filters as typed: a status and a month ({@code 2026-12}, what a month field
 * sends), and the page. A value that does not parse is kept, named beside its field, and does not
 * filter.
 */
public class OperatorQuery {

  @QueryParam("status")
  String status;

  @QueryParam("month")
  String month;

  @QueryParam("page")
  String page;

  /** {@code missing} when the ZIP was asked for without a month. */
  @QueryParam("archive")
  String archive;

  public String status() {
    return status == null ? "" : status;
  }

  public String month() {
    return month == null ? "" : month;
  }

  /** The page asked for, counted from 0; the first when none or not a number. */
  public int page() {
    return fr.cadre.pages.PageNumber.of(page);
  }

  /** This query string with another page, for the links between pages. */
  public String atPage(int other) {
    return asQuery() + "&page=" + other;
  }

  /** The holder's vouchers by these filters; the errors say which filter was not understood. */
  VoucherSearch.Filter filter(Long holder, Texts texts, FormErrors errors) {
    VoucherStatus chosen = null;
    if (status != null && !status.isBlank()) {
      try {
        chosen = VoucherStatus.valueOf(status.strip());
      } catch (IllegalArgumentException e) {
        errors.add("status", texts.get("list.error.choice"));
      }
    }
    YearMonth in = month(texts, errors);
    if (in == null && "missing".equals(archive) && !errors.has("month")) {
      errors.add("month", texts.get("operator.error.monthRequired"));
    }
    return new VoucherSearch.Filter(
        null,
        null,
        null,
        holder,
        chosen,
        null,
        in == null ? null : in.atDay(1),
        in == null ? null : in.atEndOfMonth());
  }

  /** The month asked for, null when none or not understood (then named in the errors). */
  YearMonth month(Texts texts, FormErrors errors) {
    if (month == null || month.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      errors.add("month", texts.get("operator.error.month"));
      return null;
    }
  }

  /** This query string, for the archive's link back to the list. */
  String asQuery() {
    return "?status="
        + URLEncoder.encode(status(), StandardCharsets.UTF_8)
        + "&month="
        + URLEncoder.encode(month(), StandardCharsets.UTF_8);
  }
}
