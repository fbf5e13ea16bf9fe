package fr.cadre.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The vouchers the ledger benchmark's generator copies, made by Cadre through its API on each of
 * the scheme's lots, one in each state a finance officer meets: open; delivered, invoiced and paid
 * on time; paid late (with its interest); delivered in part and closed (its remainder released);
 * invoiced and awaiting payment; cancelled.
 */
final class LedgerTemplates {

  private final BenchScheme scheme;

  LedgerTemplates(BenchScheme scheme) {
    this.scheme = scheme;
  }

  List<Long> create() throws IOException, InterruptedException {
    List<Long> templates = new ArrayList<>();
    for (int lot = 0; lot < BenchScheme.LOTS; lot++) {
      templates.add(issue(lot));

      long paid = issue(lot);
      done(paid, 3);
      invoice(paid, "94.20", "113.04");
      pay(paid, "2022-04-20");
      templates.add(paid);

      long late = issue(lot);
      done(late, 3);
      invoice(late, "94.20", "113.04");
      pay(late, "2022-06-30");
      templates.add(late);

      long closed = issue(lot);
      done(closed, 2);
      scheme.call(
          "/vouchers/" + closed + "/closing", "{\"reason\":\"Deux heures sur trois faites\"}", 200);
      templates.add(closed);

      long awaiting = issue(lot);
      done(awaiting, 3);
      invoice(awaiting, "94.20", "113.04");
      templates.add(awaiting);

      long cancelled = issue(lot);
      scheme.call("/vouchers/" + cancelled + "/cancellation", "{\"reason\":\"Site fermé\"}", 200);
      templates.add(cancelled);
    }
    return templates;
  }

  /** One more open voucher on that lot, for a measure that wants the tables changed. */
  void issueQuietly(int lot) {
    try {
      issue(lot);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long issue(int lot) throws IOException, InterruptedException {
    return scheme
        .call(
            "/vouchers?issue=true",
            ("{\"memberId\":%d,\"siteId\":%d,\"object\":\"Médiation, mars 2022\","
                    + "\"issueDate\":\"2022-03-01\",\"executionStart\":\"2022-03-01\","
                    + "\"executionEnd\":\"2022-03-31\",\"lines\":[{\"code\":\"H-JOUR\",\"quantity\":3}]}")
                .formatted(scheme.member(), scheme.site(lot)),
            201)
        .getJsonNumber("id")
        .longValue();
  }

  private void done(long voucher, int hours) throws IOException, InterruptedException {
    scheme.call(
        "/vouchers/" + voucher + "/service-done",
        "{\"deliveredQuantities\":{\"H-JOUR\":%d},\"doneOn\":\"2022-03-31\"}".formatted(hours),
        200);
  }

  private void invoice(long voucher, String ht, String ttc)
      throws IOException, InterruptedException {
    scheme.call(
        "/vouchers/" + voucher + "/invoice",
        "{\"reference\":\"F-%d\",\"receivedOn\":\"2022-04-05\",\"amountHt\":%s,\"amountTtc\":%s}"
            .formatted(voucher, ht, ttc),
        200);
  }

  private void pay(long voucher, String on) throws IOException, InterruptedException {
    scheme.call("/vouchers/" + voucher + "/payment", "{\"paidOn\":\"" + on + "\"}", 200);
  }
}
