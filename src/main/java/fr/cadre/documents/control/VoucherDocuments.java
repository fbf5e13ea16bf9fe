package fr.cadre.documents.control;

import fr.cadre.documents.entity.CanonicalForm;
import fr.cadre.documents.entity.FrozenDocument;
import fr.cadre.documents.entity.VoucherContent;
import fr.cadre.kernel.AmountInWords;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherLine;
import fr.cadre.ordering.entity.VoucherStatus;
import fr.cadre.ordering.entity.VouchersIssued;
import fr.cadre.platform.JdbcInserts;
import fr.cadre.platform.NewRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;

/**
 * Freezes what a voucher states when it is issued, and renders its document from that frozen
 * content: the same bytes at every download, whatever changed in the directory since. Reading a
 * document never writes: a voucher issued before documents were frozen (schema V5) gets its
 * document at start-up ({@link OldVoucherDocuments}), not at its first download.
 */
@ApplicationScoped
public class VoucherDocuments {

  @PersistenceContext EntityManager em;
  @Inject VoucherSearch search;
  @Inject JdbcInserts inserts;

  /** In the issuing transaction: no issued voucher without its frozen content. */
  @Transactional(Transactional.TxType.MANDATORY)
  void onIssued(@Observes VouchersIssued issued) {
    issued
        .rows()
        .add(
            FrozenDocument.class,
            issued.vouchers().stream()
                .map(i -> frozen(i.voucher(), contentOf(i.voucher(), i.headroomAfter())))
                .toList());
  }

  /**
   * The frozen content in its RFC 8785 form with its digest, written as is and never changed, with
   * the issue's other new rows ({@link JdbcInserts}).
   */
  private static FrozenDocument frozen(Voucher voucher, VoucherContent content) {
    String json = content.canonicalJson();
    return new FrozenDocument(voucher, json, VoucherContent.digestOf(json), CanonicalForm.RFC8785);
  }

  /** Up to {@code max} vouchers that the upgrade to schema V7 found issued without a document. */
  @Transactional
  public List<Long> withoutDocument(int max) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT voucher_id FROM voucher_document_to_freeze ORDER BY voucher_id")
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * Freezes the documents of vouchers issued before documents were frozen, as they stand now (the
   * lot's headroom at their issue is no longer known), and strikes them off the list, in one
   * transaction.
   */
  @Transactional
  public void freezeOld(List<Long> voucherIds) {
    for (long id : voucherIds) {
      boolean frozen =
          !em.createNativeQuery("SELECT 1 FROM voucher_document WHERE voucher_id = ?1")
              .setParameter(1, id)
              .getResultList()
              .isEmpty();
      Voucher voucher = em.find(Voucher.class, id);
      if (!frozen && voucher != null && voucher.status() != VoucherStatus.DRAFT) {
        inserts.write(
            new NewRows()
                .add(FrozenDocument.class, List.of(frozen(voucher, contentOf(voucher, null)))));
      }
      em.createNativeQuery("DELETE FROM voucher_document_to_freeze WHERE voucher_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
  }

  /** The document of a voucher the caller may see; another's is not found (404). */
  @Transactional
  public Frozen visible(long voucherId) {
    search.visible(voucherId);
    return frozen(voucherId);
  }

  /**
   * The frozen content and its digest, with what the document shows of the voucher's status, for a
   * voucher already known to be the caller's (an archive's ids come from a scoped query).
   */
  @Transactional
  public Frozen frozen(long voucherId) {
    Voucher voucher = em.find(Voucher.class, voucherId);
    if (voucher == null) {
      throw DomainException.notFound("bon de commande", voucherId);
    }
    if (voucher.status() == VoucherStatus.DRAFT) {
      throw DomainException.conflict(
          "voucher-draft", "un brouillon n'a pas de document : il faut d'abord l'émettre");
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT content, digest, canonical_form FROM voucher_document WHERE voucher_id = ?1")
            .setParameter(1, voucherId)
            .getResultList();
    if (rows.isEmpty()) {
      // Issuing freezes the document in its own transaction and start-up freezes old vouchers':
      // a missing one is a defect to report, not something a download may paper over.
      throw new IllegalStateException("voucher " + voucherId + " is issued without its document");
    }
    Object[] row = (Object[]) rows.get(0);
    VoucherPdf.Cancellation cancellation =
        voucher.status() == VoucherStatus.CANCELLED
            ? new VoucherPdf.Cancellation(voucher.cancelledOn(), voucher.cancelReason())
            : null;
    return new Frozen(
        voucher.number(),
        VoucherContent.fromJson((String) row[0]),
        (String) row[1],
        CanonicalForm.of((String) row[2]),
        cancellation);
  }

  /** A voucher's frozen content, ready to render, with the form its digest was computed on. */
  public record Frozen(
      String number,
      VoucherContent content,
      String digest,
      CanonicalForm form,
      VoucherPdf.Cancellation cancellation) {

    public byte[] pdf() {
      return VoucherPdf.render(content, digest, cancellation);
    }

    public void writePdf(OutputStream out) {
      VoucherPdf.write(content, digest, cancellation, out);
    }
  }

  static VoucherContent contentOf(Voucher v, Money headroomAfter) {
    var agreement = v.agreement();
    var member = v.member();
    var holder = v.holder();
    var site = v.site();
    List<VoucherContent.Line> lines =
        v.lines().stream()
            .map(
                (VoucherLine l) ->
                    new VoucherContent.Line(
                        l.code(),
                        l.label(),
                        l.unit(),
                        l.quantity().stripTrailingZeros().toPlainString(),
                        l.unitPrice().amount().toPlainString(),
                        l.lineHt().amount().toPlainString(),
                        l.vatRate().percent().setScale(2).toPlainString()))
            .toList();
    return new VoucherContent(
        v.number(),
        v.issueDate().toString(),
        agreement.consortium().name(),
        agreement.reference(),
        agreement.object(),
        v.lot().number(),
        v.lot().label(),
        new VoucherContent.Party(member.name(), member.siret().value(), member.address()),
        member.address(),
        v.commitment().number(),
        v.commitment().budgetYear() == null ? null : v.commitment().budgetYear().toString(),
        v.commitment().budgetLine(),
        v.commitment().chorusServiceCode(),
        new VoucherContent.Party(holder.name(), holder.siret().value(), holder.address()),
        v.vatExempt(),
        site.code(),
        site.name(),
        site.address(),
        v.executionStart().toString(),
        v.executionEnd().toString(),
        v.object(),
        lines,
        v.totalHt().amount().toPlainString(),
        v.totalVat().amount().toPlainString(),
        v.totalTtc().amount().toPlainString(),
        AmountInWords.of(v.totalTtc()),
        headroomAfter == null ? null : headroomAfter.amount().toPlainString(),
        "virement à "
            + member.legalForm().paymentDelayDays()
            + " jours à compter de la réception de la facture (délai global de paiement,"
            + " articles R2192-10 et suivants du code de la commande publique)",
        v.commitment().signatoryName(),
        v.commitment().signatoryRole(),
        v.allocation(),
        "Bon de commande émis en application de l'accord-cadre "
            + agreement.reference()
            + " (articles R2162-13 et R2162-14 du code de la commande publique).");
  }
}
