package fr.cadre.importing.control;

import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.control.IssueSteps;
import fr.cadre.ordering.control.Issued;
import fr.cadre.ordering.control.Issuing;
import fr.cadre.ordering.control.LaterSteps;
import fr.cadre.ordering.control.OrderRequest;
import fr.cadre.ordering.control.RowsNotPrepared;
import fr.cadre.ordering.entity.InvoiceReceipt;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vouchers a buyer issued before adopting Cadre ({@value #FILE}), taken over with their numbers
 * and their later steps (service done, invoice, payment), so that the ledger starts from where the
 * agreement stands. Each line goes through the same steps as an issue and the same voucher rules
 * ({@link IssueSteps#issueAs}, {@link LaterSteps}): who orders, the agreement in force, the lot's
 * maximum and the member's share, the dates in order, the invoice against the service done. All in
 * one transaction: one defect anywhere, and nothing of the history is kept, every defect reported
 * with its file, line, column and value. Cadre's numbering then goes on after the highest number of
 * each year.
 */
@ApplicationScoped
public class VoucherHistory {

  public static final String FILE = SchemeFiles.HISTORY;

  static final List<String> COLUMNS =
      List.of(
          "number",
          "issue_date",
          "agreement",
          "lot",
          "member_siret",
          "site",
          "holder_siret",
          "object",
          "lines",
          "status",
          "service_done",
          "invoice_reference",
          "invoice_received",
          "paid_on");

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRANCE);

  @PersistenceContext EntityManager em;
  @Inject IssueSteps steps;
  @Inject LaterSteps later;
  @Inject Issuing issuing;

  /** The history refused: nothing of it was kept; the problems say where and why. */
  public static class Refused extends RuntimeException {
    private final transient List<ImportProblem> problems;

    Refused(List<ImportProblem> problems) {
      super(problems.size() + " défaut(s) dans l'historique des bons");
      this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
      return problems;
    }
  }

  /** Imports every line or none; the number of vouchers taken over. */
  @Transactional(rollbackOn = Refused.class)
  public int importFrom(Path file, String actor) {
    List<ImportProblem> problems = new ArrayList<>();
    List<Row> rows = CsvFile.read(file, COLUMNS, problems);
    List<Issued> issued = new ArrayList<>();
    Set<List<Object>> prepared = new HashSet<>();
    for (Row row : rows) {
      int before = problems.size();
      Line line = Line.of(row, this);
      if (line == null && problems.size() == before) {
        row.problem(null, null, "ligne incomplète");
      }
      if (line == null || problems.size() > before) {
        continue;
      }
      String column = "issue_date";
      String value = row.text(column);
      try {
        if (prepared.add(List.of(line.site, line.member, line.issueDate.getYear()))) {
          issuing.prepare(line.site, line.member, line.issueDate.getYear(), null, null);
        }
        OrderRequest request = line.request();
        Issued done = steps.issueAs(steps.ready(request, line.issueDate, null, actor), line.number);
        issued.add(done);
        Voucher v = done.voucher();
        if (line.serviceDone != null) {
          column = "service_done";
          value = row.text(column);
          later.certifyServiceDone(v, Map.of(), line.serviceDone, actor);
        }
        if (line.invoiceReceived != null) {
          column = "invoice_received";
          value = row.text(column);
          later.invoice(
              v,
              new InvoiceReceipt(
                  line.invoiceReference, line.invoiceReceived, v.totalHt(), v.totalTtc()),
              actor);
        }
        if (line.paidOn != null) {
          column = "paid_on";
          value = row.text(column);
          later.pay(v, line.invoiceReference, line.paidOn, actor);
        }
        if (v.status() != line.status) {
          row.problem(
              "status",
              row.text("status"),
              "les dates de la ligne mènent le bon au statut "
                  + v.status()
                  + ", non "
                  + line.status);
        }
      } catch (DomainException refused) {
        boolean number = "voucher-number".equals(refused.rule());
        row.problem(number ? "number" : column, number ? line.number : value, refused.getMessage());
      } catch (RowsNotPrepared missing) {
        row.problem(
            column, value, "totaux du lot ou du membre introuvables : " + missing.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    steps.announce(issued);
    return issued.size();
  }

  /** An id by its natural key, or a problem on the row's column. */
  Long id(Row row, String column, String sql, Object... keys) {
    String value = row.text(column);
    if (value == null) {
      row.required(column);
      return null;
    }
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < keys.length; i++) {
      query.setParameter(i + 1, keys[i]);
    }
    List<?> found = query.getResultList();
    if (found.isEmpty()) {
      row.problem(column, value, "inconnu dans le référentiel");
      return null;
    }
    return ((Number) found.get(0)).longValue();
  }

  /** One line, its references resolved; problems go to the row. */
  private record Line(
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

    static Line of(Row row, VoucherHistory history) {
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
      return new Line(
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
                  new java.math.BigDecimal(codeAndQuantity[1].strip().replace(',', '.'))));
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
}
