package fr.cadre.ordering.control;

import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.entity.Voucher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How a request to issue is carried out, around {@link Ordering}: through the {@link IssueQueue}
 * (group commit), at most once per idempotency key, and creating on the first issue of a year or of
 * a member the rows that issuing only updates. No transaction of its own: each attempt has its own,
 * and a retry must come after the failed one has ended.
 */
@ApplicationScoped
public class Issuing {

  private static final Logger LOG = Logger.getLogger(Issuing.class.getName());

  @Inject Ordering ordering;
  @Inject IssueQueue queue;

  /** Drafts and issues an order. */
  public Outcome issue(OrderRequest request, LocalDate on, String key, String actor) {
    return idempotent(
        key,
        actor,
        o -> o.readyToIssue(request, on, key, actor),
        () -> ordering.draftAndIssue(request, on, key, actor),
        () -> ordering.prepareIssue(request.siteId(), request.memberId(), on.getYear()));
  }

  /** Issues a draft. */
  public Outcome issue(long draftId, LocalDate on, String key, String actor) {
    return idempotent(
        key,
        actor,
        o -> o.readyToIssue(draftId, on, key, actor),
        () -> ordering.issue(draftId, on, key, actor),
        () -> {
          Voucher draft = ordering.voucher(draftId);
          ordering.prepareIssue(draft.site().id(), draft.member().id(), on.getYear());
        });
  }

  /**
   * Runs an issue at most once per key: a retry gets the voucher the first attempt issued. Two
   * attempts racing with one key meet on the unique index; the loser reads the winner's voucher.
   * {@code inBatch} readies the voucher in a batch's transaction, {@code alone} issues it in one of
   * its own when the batch could not take it, {@code prepare} creates the missing rows.
   */
  private Outcome idempotent(
      String key,
      String actor,
      IssueQueue.Work inBatch,
      Supplier<Ordering.Issued> alone,
      Runnable prepare) {
    Optional<Voucher> earlier = key == null ? Optional.empty() : ordering.byIdempotencyKey(key);
    if (earlier.isPresent()) {
      return Outcome.replayed(earlier.get());
    }
    try {
      Ordering.Issued issued = null;
      // The first issue of a year or of a member creates the rows it updates, then tries again;
      // one racing with it may find them still uncommitted and try again too.
      for (int attempt = 1; issued == null; attempt++) {
        try {
          issued = queue.issue(key, inBatch, alone);
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
        Optional<Voucher> raced = ordering.byIdempotencyKey(key);
        if (raced.isPresent()) {
          return Outcome.replayed(raced.get());
        }
      }
      throw e;
    }
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
                + voucher.totalHt());
  }

  /** The issued voucher; {@code replayed} when an earlier request with the same key issued it. */
  public record Outcome(Ordering.Issued issued, boolean replayed) {

    static Outcome replayed(Voucher voucher) {
      return new Outcome(new Ordering.Issued(voucher, null, java.util.List.of(), false), true);
    }
  }
}
