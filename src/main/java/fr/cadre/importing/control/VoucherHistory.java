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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
      HistoryLine line = HistoryLine.of(row, this);
      if (line == null && problems.size() == before) {
        row.problem(null, null, "ligne incomplète");
      }
      if (line == null || problems.size() > before) {
        continue;
      }
      String column = "issue_date";
      String value = row.text(column);
      try {
        if (prepared.add(List.of(line.site(), line.member(), line.issueDate().getYear()))) {
          issuing.prepare(line.site(), line.member(), line.issueDate().getYear(), null, null);
        }
        OrderRequest request = line.request();
        Issued done =
            steps.issueAs(steps.ready(request, line.issueDate(), null, actor), line.number());
        issued.add(done);
        Voucher v = done.voucher();
        if (line.serviceDone() != null) {
          column = "service_done";
          value = row.text(column);
          later.certifyServiceDone(v, Map.of(), line.serviceDone(), actor);
        }
        if (line.invoiceReceived() != null) {
          column = "invoice_received";
          value = row.text(column);
          later.invoice(
              v,
              new InvoiceReceipt(
                  line.invoiceReference(), line.invoiceReceived(), v.totalHt(), v.totalTtc()),
              actor);
        }
        if (line.paidOn() != null) {
          column = "paid_on";
          value = row.text(column);
          later.pay(v, line.invoiceReference(), line.paidOn(), actor);
        }
        if (v.status() != line.status()) {
          row.problem(
              "status",
              row.text("status"),
              "les dates de la ligne mènent le bon au statut "
                  + v.status()
                  + ", non "
                  + line.status());
        }
      } catch (DomainException refused) {
        boolean number = "voucher-number".equals(refused.rule());
        row.problem(
            number ? "number" : column, number ? line.number() : value, refused.getMessage());
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
}
