package fr.cadre.documents.control;

import fr.cadre.access.entity.Scope;
import fr.cadre.documents.control.VoucherDocuments.Frozen;
import fr.cadre.ordering.control.VoucherSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP of the issued vouchers' PDFs that a list's filters select, within a scope taken when the
 * request began (the archive is written after the resource method returns), written voucher by
 * voucher in id order so that memory stays flat for thousands of files. The API's archive and the
 * operator's page of a month both write it here.
 */
@ApplicationScoped
public class VoucherArchive {

  private static final int BATCH = 200;

  @Inject VoucherDocuments documents;
  @Inject VoucherSearch search;

  /** Writes the archive to {@code out} and says how many documents it holds. */
  public int write(VoucherSearch.Filter filter, Scope scope, OutputStream out) throws IOException {
    int count = 0;
    try (ZipOutputStream entries = new ZipOutputStream(out)) {
      long after = 0;
      for (List<Long> ids;
          !(ids = search.issuedIdsAfter(filter, scope, after, BATCH)).isEmpty(); ) {
        for (long id : ids) {
          Frozen frozen = documents.frozen(id);
          entries.putNextEntry(new ZipEntry(frozen.number() + ".pdf"));
          frozen.writePdf(entries);
          entries.closeEntry();
          count++;
        }
        after = ids.get(ids.size() - 1);
      }
    }
    return count;
  }
}
