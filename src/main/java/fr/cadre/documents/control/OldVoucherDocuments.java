package fr.cadre.documents.control;

import fr.cadre.platform.Leases;
import fr.cadre.platform.Migrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives a document to every voucher issued before documents were frozen (schema V5), once, when the
 * schema is ready and before the application answers any request: a download only ever reads. The
 * upgrade to schema V7 listed those vouchers; each batch is frozen and struck off in one
 * transaction, so a start-up stopped midway carries on at the next one. Instances starting together
 * freeze them once: the one holding the lease {@value #WORK} freezes, renewing it at each batch;
 * the others wait until the list is empty, or until that lease runs out (its holder stopped) and
 * they claim it.
 */
@ApplicationScoped
public class OldVoucherDocuments {

  private static final Logger LOG = Logger.getLogger(OldVoucherDocuments.class.getName());
  private static final int BATCH = 100;
  static final String WORK = "old-voucher-documents";

  @Inject VoucherDocuments documents;
  @Inject Leases leases;

  void onSchemaReady(@Observes Migrations.SchemaReady ready) {
    int frozen = 0;
    for (List<Long> ids; !(ids = documents.withoutDocument(BATCH)).isEmpty(); ) {
      if (!leases.claim(WORK)) {
        LOG.info("Another instance is freezing old vouchers' documents; waiting for it");
        pause();
        continue;
      }
      documents.freezeOld(ids);
      frozen += ids.size();
    }
    if (frozen > 0) {
      leases.release(WORK);
    }
    if (frozen > 0) {
      int count = frozen;
      LOG.info(() -> "Froze the documents of " + count + " voucher(s) issued before schema V5");
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for another instance", e);
    }
  }
}
