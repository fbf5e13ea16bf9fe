package fr.cadre.importing.control;

import fr.cadre.ordering.control.OrderRequest;
import fr.cadre.ordering.entity.VoucherStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@value VoucherHistory#FILE}, its references (agreement, lot, member, site, holder)
 * resolved by their natural keys and its cells read; each problem goes to the row with its column
 * and value, and a line missing what an issue needs is none.
 */
record HistoryLine(
    String number,
    LocalDate issueDate,
    long member,
    long lot,
    long site,
    long holder,
    String object,
    List<OrderRequest.Line> lines,
    VoucherStatus status,
    LocalDate serviceDone,
    String invoiceReference,
    LocalDate invoiceReceived,
    LocalDate paidOn) {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRANCE);

  static HistoryLine of(Row row, VoucherHistory history) {
    String number = row.required("number");
    LocalDate issued = row.date("issue_date");
    Long agreement =
        history.id(
            row,
            "agreement",
            "SELECT id FROM agreement WHERE reference = ?1",
            row.text("agreement"));
    Integer lotNumber = row.integer("lot");
    Long lot =
        agreement == null || lotNumber == null
            ? null
            : history.id(
                row,
                "lot",
                "SELECT id FROM lot WHERE agreement_id = ?1 AND number = ?2",
                agreement,
                lotNumber);
    String siret = row.siret("member_siret");
    Long member =
        agreement == null || siret == null
            ? null
            : history.id(
                row,
                "member_siret",
                "SELECT m.id FROM member m JOIN agreement a ON a.consortium_id = m.consortium_id"
                    + " WHERE a.id = ?1 AND m.siret = ?2",
                agreement,
                siret);
    Long site = history.id(row, "site", "SELECT id FROM site WHERE code = ?1", row.text("site"));
    String holderSiret = row.siret("holder_siret");
    Long holder =
        holderSiret == null
            ? null
            : history.id(
                row, "holder_siret", "SELECT id FROM operator WHERE siret = ?1", holderSiret);
    List<OrderRequest.Line> lines = lines(row);
    VoucherStatus status = row.choice("status", VoucherStatus.class, null);
    if (status == null) {
      row.required("status");
    }
    String reference = row.text("invoice_reference");
    LocalDate received = row.date("invoice_received");
    LocalDate paid = row.date("paid_on");
    if (received != null && reference == null) {
      row.required("invoice_reference");
    }
    if (paid != null && received == null) {
      row.problem("paid_on", row.text("paid_on"), "un paiement suppose une facture reçue");
    }
    if (issued == null || member == null || lot == null || site == null || holder == null) {
      if (issued == null) {
        row.required("issue_date");
      }
      return null;
    }
    String object = row.text("object");
    return new HistoryLine(
        number,
        issued,
        member,
        lot,
        site,
        holder,
        object == null ? "Médiation sociale, " + MONTH.format(issued) : object,
        lines,
        status,
        row.date("service_done"),
        reference,
        received,
        paid);
  }

  /** "H-JOUR:200|RAPPORT:1": price codes and quantities. */
  private static List<OrderRequest.Line> lines(Row row) {
    String text = row.required("lines");
    List<OrderRequest.Line> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    for (String part : text.split("\\|")) {
      String[] codeAndQuantity = part.split(":");
      try {
        lines.add(
            new OrderRequest.Line(
                codeAndQuantity[0].strip(),
                new BigDecimal(codeAndQuantity[1].strip().replace(',', '.'))));
      } catch (RuntimeException e) {
        row.problem("lines", part, "une ligne s'écrit CODE:quantité, séparées par |");
      }
    }
    return lines;
  }

  /** The order as an officer would have sent it: executed over the issue date's month. */
  OrderRequest request() {
    LocalDate start = issueDate.withDayOfMonth(1);
    return new OrderRequest(
        member,
        lot,
        site,
        holder,
        object,
        start,
        start.plusMonths(1).minusDays(1),
        null,
        null,
        null,
        null,
        null,
        null,
        issueDate,
        lines);
  }
}
