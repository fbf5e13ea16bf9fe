package fr.cadre.ordering.control;

import fr.cadre.access.control.Caller;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.ordering.entity.IdempotencyKey;
import fr.cadre.ordering.entity.Voucher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How a request to issue is carried out, around {@link IssueSteps}: through the {@link IssueQueue}
 * (group commit), at most once per idempotency key, and creating on the first issue of a year or of
 * a member the rows that issuing only updates. No transaction of its own: each attempt has its own,
 * and a retry must come after the failed one has ended.
 */
@ApplicationScoped
public class Issuing {

  private static final Logger LOG = Logger.getLogger(Issuing.class.getName());

  @Inject Ordering ordering;
  @Inject IssueQueue queue;
  @Inject RunningTotalRows rows;
  @Inject Sites sites;
  @Inject VoucherSearch search;
  @Inject Caller caller;

  /** Drafts and issues an order; {@code on} is the issue date, today when absent. */
  public Outcome issue(OrderRequest request, LocalDate on, String key, String actor) {
    caller.requireActsForMember(request.memberId());
    LocalDate day = on == null ? LocalDate.now() : on;
    IdempotencyKey idempotency = IdempotencyKey.of(key, "order;" + request.canonical());
    return idempotent(
        idempotency,
        actor,
        s -> s.ready(request, day, idempotency, actor),
        () -> ordering.draftAndIssue(request, day, idempotency, actor),
        () ->
            prepare(
                request.siteId(),
                request.memberId(),
                day.getYear(),
                request.budgetYear(),
                request.budgetLine()));
  }

  /** Issues a draft; {@code on} is the issue date, today when absent. */
  public Outcome issue(long draftId, LocalDate on, String key, String actor) {
    search.visible(draftId);
    LocalDate day = on == null ? LocalDate.now() : on;
    IdempotencyKey idempotency = IdempotencyKey.of(key, "draft;" + draftId + ";" + on);
    return idempotent(
        idempotency,
        actor,
        s -> s.ready(draftId, day, idempotency, actor),
        () -> ordering.issue(draftId, day, idempotency, actor),
        () -> {
          Voucher draft = ordering.voucher(draftId);
          prepare(
              draft.site().id(),
              draft.member().id(),
              day.getYear(),
              draft.commitment().budgetYear(),
              draft.commitment().budgetLine());
        });
  }

  /**
   * Runs an issue at most once per key: a retry gets the voucher the first attempt issued, a
   * different request with the same key is refused. Two attempts racing with one key meet on the
   * unique index; the loser reads the winner's voucher. {@code inBatch} readies the voucher in a
   * batch's transaction, {@code alone} issues it in one of its own when the batch could not take
   * it, {@code prepare} creates the missing rows.
   */
  private Outcome idempotent(
      IdempotencyKey key,
      String actor,
      IssueQueue.Work inBatch,
      Supplier<Issued> alone,
      Runnable prepare) {
    Optional<Voucher> earlier = earlier(key);
    if (earlier.isPresent()) {
      return Outcome.replayed(earlier.get());
    }
    try {
      Issued issued = null;
      // The first issue of a year or of a member creates the rows it updates, then tries again;
      // one racing with it may find them still uncommitted and try again too.
      for (int attempt = 1; issued == null; attempt++) {
        try {
          issued = queue.issue(key == null ? null : key.key(), inBatch, alone);
        } catch (RowsNotPrepared missing) {
          if (attempt == 3) {
            throw missing;
          }
          prepare.run();
        }
      }
      if (issued.issuedNow()) {
        log(issued.voucher(), actor);
      }
      return new Outcome(issued, false);
    } catch (RuntimeException e) {
      if (key != null && !(e instanceof DomainException)) {
        Optional<Voucher> raced = earlier(key);
        if (raced.isPresent()) {
          return Outcome.replayed(raced.get());
        }
      }
      throw e;
    }
  }

  /** The voucher issued earlier with this key, refused if it was for another request. */
  private Optional<Voucher> earlier(IdempotencyKey key) {
    if (key == null) {
      return Optional.empty();
    }
    Optional<Voucher> earlier = ordering.byIdempotencyKey(key.key());
    earlier.ifPresent(voucher -> voucher.checkSameRequest(key));
    return earlier;
  }

  /**
   * Creates the year's counter and the member's running totals, each in its own transaction; a
   * concurrent first issue creating the same row is fine.
   */
  private void prepare(
      long siteId, long memberId, int year, Integer budgetYear, String budgetLine) {
    // Every agreement whose lots serve the site: the order's may be any of them.
    List<FrameworkAgreement> served =
        sites.site(siteId).assignments().stream()
            .map(SiteAssignment::agreement)
            .distinct()
            .toList();
    for (FrameworkAgreement agreement : served) {
      try {
        rows.counter(agreement.consortium().id(), year);
      } catch (RuntimeException raced) {
        LOG.fine("voucher counter created concurrently");
      }
      if (budgetYear != null && budgetLine != null) {
        try {
          rows.budgetLine(memberId, agreement.id(), budgetYear, budgetLine);
        } catch (RuntimeException raced) {
          LOG.fine("budget line created concurrently");
        }
      }
      try {
        prepareLedgerRows(siteId, agreement);
      } catch (RuntimeException raced) {
        LOG.fine("ledger rows created concurrently");
      }
      try {
        rows.memberPeriods(
            memberId,
            agreement.id(),
            agreement.periods().stream().map(AgreementPeriod::index).toList());
      } catch (RuntimeException raced) {
        LOG.fine("member running totals created concurrently");
      }
    }
  }

  /** The site's and its holders' ledger rows on every lot of the agreement that serves it. */
  private void prepareLedgerRows(long siteId, FrameworkAgreement agreement) {
    List<Integer> periods = agreement.periods().stream().map(AgreementPeriod::index).toList();
    sites.site(siteId).assignments().stream()
        .filter(a -> a.agreement().id().equals(agreement.id()))
        .map(SiteAssignment::lot)
        .distinct()
        .forEach(
            lot ->
                rows.ledgerRows(
                    siteId,
                    lot.id(),
                    agreement.id(),
                    lot.holders().stream().map(h -> h.operator().id()).toList(),
                    periods));
  }

  /**
   * Once committed, and by the request's own thread: a log line written while the batch holds its
   * row locks would hold them longer, and could tell of an issue that then rolled back.
   */
  private static void log(Voucher voucher, String actor) {
    LOG.info(
        () ->
            "Voucher "
                + voucher.number()
                + " issued by "
                + actor
                + " on lot "
                + voucher.lot().number()
                + " for "
                + voucher.totalHt()
                + " on "
                + FrenchDates.of(voucher.issueDate()));
  }

  /** The issued voucher; {@code replayed} when an earlier request with the same key issued it. */
  public record Outcome(Issued issued, boolean replayed) {

    static Outcome replayed(Voucher voucher) {
      return new Outcome(Issued.earlier(voucher, List.of()), true);
    }
  }
}
