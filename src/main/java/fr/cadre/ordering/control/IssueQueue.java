package fr.cadre.ordering.control;

import fr.cadre.platform.Returning;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for issues. Concurrent issues all queue on the same rows (the lot's running total
 * and the year's number counter) and each would pay its own durable commit while holding them. So
 * the issues that arrive while a batch is being handled wait for it, and the first of them then
 * issues them all in one transaction ({@link IssueBatch}) while the next ones queue. A batch is
 * read (resolved, checked) while the one before is written, and written once that one has
 * committed: two stages at once, in order. Each issue is answered only after its batch's commit, so
 * what is answered as issued is on disk. The database rows still arbitrate, as before, between
 * instances.
 *
 * <p>No thread of its own: the request that finds no batch running writes one (leader and
 * followers), so nothing is handed between threads and nothing outlives the requests.
 */
@ApplicationScoped
public class IssueQueue {

  private static final Logger LOG = Logger.getLogger(IssueQueue.class.getName());

  /** Enough to absorb every request thread; small enough to keep each transaction short. */
  static final int MOST_PER_BATCH = 64;

  private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();

  /** Held by the batch being read, then by the batch being written until it has committed. */
  private final ReentrantLock reading = new ReentrantLock();

  private final ReentrantLock writing = new ReentrantLock();

  @Inject IssueBatch batch;
  @Inject Returning returning;

  /**
   * Whether the next batch may take the write stage while this one commits ({@link
   * IssueBatch#issue}): over a network (PostgreSQL), its locking statements then wait in the
   * database on this batch's rows, which let them go at the commit, and save the round trip and the
   * thread's wake-up that would otherwise follow it while the rows stay locked. A statement that
   * waited for a row reads it as committed (READ COMMITTED re-reads it), so the totals, the numbers
   * and a draft's status stay what they were when it waited here. Embedded (H2), there is no round
   * trip to save: the next batch waits for the commit.
   */
  private boolean overlapsCommits;

  @PostConstruct
  void readDialect() {
    overlapsCommits = returning.dialect().overNetwork();
  }

  /**
   * Issues with the others waiting: {@code inBatch} readies the voucher in the shared transaction;
   * {@code alone} issues it in a transaction of its own when the batch could not take it.
   */
  public Issued issue(String key, Work inBatch, Supplier<Issued> alone) {
    Pending mine = new Pending(key, inBatch, Thread.currentThread());
    waiting.add(mine);
    while (!mine.answered()) {
      if (reading.tryLock()) {
        try {
          if (!mine.answered()) {
            writeWaiting();
          }
        } finally {
          if (reading.isHeldByCurrentThread()) {
            reading.unlock();
          }
          if (writing.isHeldByCurrentThread()) {
            writing.unlock();
          }
        }
        wakeNextLeader();
      } else {
        LockSupport.park(this);
      }
    }
    return mine.answer(alone);
  }

  private void writeWaiting() {
    List<Pending> taken = new ArrayList<>();
    for (Pending p; taken.size() < MOST_PER_BATCH && (p = waiting.poll()) != null; ) {
      taken.add(p);
    }
    if (taken.isEmpty()) {
      return; // a waiter woken early: its issue is in the batch being written
    }
    boolean committed = false;
    BatchTimings clock = BatchTimings.start();
    try {
      batch.issue(
          taken,
          () -> {
            // Read while the batch before writes; write once it has committed (or is committing).
            writing.lock();
            reading.unlock();
            wakeNextLeader();
          },
          () -> {
            if (overlapsCommits) {
              writing.unlock();
            }
          },
          clock);
      committed = true;
      BatchTimings.committed(clock, taken.size());
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "A batch of " + taken.size() + " issues rolled back; each is issued alone: " + failed);
      LOG.log(Level.FINE, "batch failure", failed);
    } finally {
      for (Pending p : taken) {
        p.publish(committed);
        LockSupport.unpark(p.thread);
      }
    }
  }

  /** Whoever queued while a batch was read leads the next one. */
  private void wakeNextLeader() {
    Pending next = waiting.peek();
    if (next != null) {
      LockSupport.unpark(next.thread);
    }
  }

  /** How many issues wait for a batch. */
  int queued() {
    return waiting.size();
  }

  /** What readies an issue in the batch's transaction; the batch then issues it. */
  @FunctionalInterface
  public interface Work {
    Ready readyWith(IssueSteps steps);
  }

  /** An issue waiting for its batch; its outcome is handed out once the batch has committed. */
  public static final class Pending {
    private final String key;
    private final Work work;
    private final Thread thread;
    private Outcome tentative;
    private volatile Outcome outcome;

    Pending(String key, Work work, Thread thread) {
      this.key = key;
      this.work = work;
      this.thread = thread;
    }

    String key() {
      return key;
    }

    Work work() {
      return work;
    }

    void issued(Issued issued) {
      tentative = alone -> issued;
    }

    void refused(RuntimeException refusal) {
      tentative =
          alone -> {
            throw refusal;
          };
    }

    void alone() {
      tentative = Outcome.ALONE;
    }

    /** Once the batch is over: its outcome if it committed, else to be issued alone. */
    void publish(boolean committed) {
      outcome = committed ? tentative : Outcome.ALONE;
    }

    boolean answered() {
      return outcome != null;
    }

    Issued answer(Supplier<Issued> alone) {
      return outcome.answer(alone);
    }
  }

  @FunctionalInterface
  private interface Outcome {
    Outcome ALONE = Supplier::get;

    Issued answer(Supplier<Issued> alone);
  }
}
