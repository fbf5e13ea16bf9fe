package fr.cadre.ordering.control;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Where an issue batch's time goes, for the benchmarks: how many vouchers a batch takes, how long
 * it reads, waits for the batch before it to commit, takes its rows, announces its vouchers and
 * commits. Off unless the system property {@code cadre.bench.batch-timings} is {@code true}; then
 * one line every 5 seconds, averages per batch.
 */
final class BatchTimings {

  private static final Logger LOG = Logger.getLogger(BatchTimings.class.getName());
  private static final boolean ON = Boolean.getBoolean("cadre.bench.batch-timings");
  private static final long EVERY = TimeUnit.SECONDS.toNanos(5);

  /** The stages, in the order a batch goes through them. */
  enum Stage {
    READ,
    WAIT_FOR_WRITE,
    TAKE_ROWS,
    ANNOUNCE,
    COMMIT
  }

  private static final long[] TOTALS = new long[Stage.values().length];
  private static long batches;
  private static long vouchers;
  private static long since = System.nanoTime();

  private final long[] at = new long[Stage.values().length + 1];
  private int next;

  private BatchTimings() {}

  /** A new batch's clock, started; null when timings are off, and every method takes null. */
  static BatchTimings start() {
    if (!ON) {
      return null;
    }
    BatchTimings clock = new BatchTimings();
    clock.at[0] = System.nanoTime();
    return clock;
  }

  /** The end of the current stage. */
  static void ended(BatchTimings clock, Stage stage) {
    if (clock != null) {
      clock.at[stage.ordinal() + 1] = System.nanoTime();
      clock.next = stage.ordinal() + 1;
    }
  }

  /** The batch committed with {@code size} vouchers: its stages count. */
  static void committed(BatchTimings clock, int size) {
    if (clock == null) {
      return;
    }
    ended(clock, Stage.COMMIT);
    String line = null;
    synchronized (TOTALS) {
      for (int s = 0; s < TOTALS.length; s++) {
        TOTALS[s] += clock.at[s + 1] - clock.at[s];
      }
      batches++;
      vouchers += size;
      long now = System.nanoTime();
      if (now - since >= EVERY) {
        StringBuilder b =
            new StringBuilder(
                String.format(
                    "issue batches: %.0f/s, %.2f vouchers each; ms per batch:",
                    batches * 1e9 / (now - since), (double) vouchers / batches));
        for (Stage stage : Stage.values()) {
          b.append(String.format(" %s %.3f", stage, TOTALS[stage.ordinal()] / 1e6 / batches));
          TOTALS[stage.ordinal()] = 0;
        }
        line = b.toString();
        batches = 0;
        vouchers = 0;
        since = now;
      }
    }
    if (line != null) {
      LOG.info(line);
    }
  }
}
