package fr.cadre.documents.control;

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
 * transaction, so a start-up stopped midway carries on at the next one.
 */
@ApplicationScoped
public class OldVoucherDocuments {

  private static final Logger LOG = Logger.getLogger(OldVoucherDocuments.class.getName());
  private static final int BATCH = 100;

  @Inject VoucherDocuments documents;

  void onSchemaReady(@Observes Migrations.SchemaReady ready) {
    int frozen = 0;
    for (List<Long> ids; !(ids = documents.withoutDocument(BATCH)).isEmpty(); ) {
      documents.freezeOld(ids);
      frozen += ids.size();
    }
    if (frozen > 0) {
      int count = frozen;
      LOG.info(() -> "Froze the documents of " + count + " voucher(s) issued before schema V5");
    }
  }
}
