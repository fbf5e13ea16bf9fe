package fr.cadre.ordering.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.kernel.DomainException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Group commit: issues that arrive while a batch is handled share the next one, which is read while
 * the one before is written; each is answered with its own outcome once its batch is over, and
 * whatever a batch cannot take is issued alone.
 */
@DisplayName("Issue queue: group commit of concurrent issues")
class IssueQueueTest {

  private final ExecutorService officers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    officers.shutdownNow();
  }

  @Test
  void issuesThatArriveWhileABatchIsHandledShareTheNextOne() throws Exception {
    IssueQueue queue = new IssueQueue();
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    queue.batch =
        new IssueBatch() {
          @Override
          public void issue(
              List<IssueQueue.Pending> batch,
              Runnable toWrite,
              Runnable written,
              BatchTimings clock) {
            sizes.add(batch.size());
            if (sizes.size() == 1) {
              await(() -> queue.queued() == 10); // a slow first batch: ten officers queue behind
            }
            toWrite.run();
            batch.forEach(p -> p.issued(p.work().readyWith(null).done()));
          }
        };
    List<Future<Issued>> answers = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String name = "bon " + i;
      answers.add(officers.submit(() -> queue.issue(null, o -> ready(name), () -> issued("seul"))));
      if (i == 0) {
        await(() -> sizes.size() == 1);
      }
    }
    for (int i = 0; i < 11; i++) {
      assertThat(answers.get(i).get(10, TimeUnit.SECONDS).warnings()).containsExactly("bon " + i);
    }
    assertThat(sizes).containsExactly(1, 10);
  }

  @Test
  void theNextBatchIsReadWhileTheOneBeforeIsWrittenAndWrittenAfterItsCommit() throws Exception {
    IssueQueue queue = new IssueQueue();
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    queue.batch =
        new IssueBatch() {
          @Override
          public void issue(
              List<IssueQueue.Pending> batch,
              Runnable toWrite,
              Runnable written,
              BatchTimings clock) {
            String name = batch.get(0).work().readyWith(null).done().warnings().get(0);
            events.add("lu " + name);
            toWrite.run();
            events.add("écrit " + name);
            if (name.equals("premier")) {
              await(() -> events.contains("lu second")); // still writing when the next is read
            }
            batch.forEach(p -> p.issued(p.work().readyWith(null).done()));
            events.add("validé " + name);
          }
        };
    Future<Issued> first =
        officers.submit(() -> queue.issue(null, o -> ready("premier"), () -> issued("seul")));
    await(() -> events.contains("écrit premier"));
    Future<Issued> second =
        officers.submit(() -> queue.issue(null, o -> ready("second"), () -> issued("seul")));

    assertThat(first.get(10, TimeUnit.SECONDS).warnings()).containsExactly("premier");
    assertThat(second.get(10, TimeUnit.SECONDS).warnings()).containsExactly("second");
    assertThat(events)
        .containsExactly(
            "lu premier",
            "écrit premier",
            "lu second",
            "validé premier",
            "écrit second",
            "validé second");
  }

  @Test
  void aBatchThatRollsBackLeavesEachIssueToBeIssuedAlone() {
    IssueQueue queue = new IssueQueue();
    queue.batch =
        new IssueBatch() {
          @Override
          public void issue(
              List<IssueQueue.Pending> batch,
              Runnable toWrite,
              Runnable written,
              BatchTimings clock) {
            toWrite.run();
            batch.forEach(p -> p.issued(p.work().readyWith(null).done()));
            throw new IllegalStateException("commit failed");
          }
        };
    assertThat(queue.issue(null, o -> ready("en lot"), () -> issued("seul")).warnings())
        .containsExactly("seul");
  }

  @Test
  void aRefusalReachesItsOwnRequestOnlyAndTheOthersAreIssued() {
    List<Issued> announced = new ArrayList<>();
    IssueBatch batch = batchAnnouncingTo(announced, false);
    IssueQueue.Pending first = pending("k1", o -> ready("premier"));
    IssueQueue.Pending badRequest =
        pending(
            "k2",
            o -> {
              throw DomainException.invalid("lines[0].code", "price-schedule", "pas de ligne X");
            });
    IssueQueue.Pending overMaximum = pending("k3", o -> ready("refus : maximum"));
    IssueQueue.Pending last = pending("k4", o -> ready("dernier"));
    List<IssueQueue.Pending> all = List.of(first, badRequest, overMaximum, last);

    batch.issue(all, () -> {}, () -> {}, null);
    all.forEach(p -> p.publish(true));

    assertThat(first.answer(() -> issued("seul")).warnings()).containsExactly("premier");
    assertThat(last.answer(() -> issued("seul")).warnings()).containsExactly("dernier");
    assertThatThrownBy(() -> badRequest.answer(() -> issued("seul")))
        .hasMessageContaining("pas de ligne X");
    assertThatThrownBy(() -> overMaximum.answer(() -> issued("seul")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("R2162-4");
    assertThat(announced)
        .extracting(i -> i.warnings().get(0))
        .containsExactly("premier", "dernier");
  }

  @Test
  void aRetryInTheSameBatchIsIssuedAloneAfterTheFirstCommits() {
    IssueBatch batch = batchAnnouncingTo(new ArrayList<>(), false);
    IssueQueue.Pending first = pending("même clé", o -> ready("premier"));
    IssueQueue.Pending retry = pending("même clé", o -> ready("doublon"));

    batch.issue(List.of(first, retry), () -> {}, () -> {}, null);
    List.of(first, retry).forEach(p -> p.publish(true));

    assertThat(first.answer(() -> issued("seul")).warnings()).containsExactly("premier");
    assertThat(retry.answer(() -> issued("seul")).warnings()).containsExactly("seul");
  }

  @Test
  void aRefusalThatDoomedTheTransactionRollsTheWholeBatchBack() {
    IssueBatch batch = batchAnnouncingTo(new ArrayList<>(), true);
    IssueQueue.Pending first = pending(null, o -> ready("premier"));
    IssueQueue.Pending unknownSite =
        pending(
            null,
            o -> {
              throw DomainException.notFound("site", 42L);
            });

    assertThatThrownBy(() -> batch.issue(List.of(first, unknownSite), () -> {}, () -> {}, null))
        .isInstanceOf(IllegalStateException.class);
    List.of(first, unknownSite).forEach(p -> p.publish(false));
    assertThat(first.answer(() -> issued("seul")).warnings()).containsExactly("seul");
  }

  private static IssueQueue.Pending pending(String key, IssueQueue.Work work) {
    return new IssueQueue.Pending(key, work, Thread.currentThread());
  }

  private static Ready ready(String name) {
    return Ready.done(issued(name));
  }

  private static Issued issued(String name) {
    return new Issued(null, null, List.of(name), true);
  }

  /** A batch over issue steps whose locked steps refuse the vouchers named "refus …". */
  private static IssueBatch batchAnnouncingTo(List<Issued> announced, boolean doomed) {
    IssueBatch batch = new IssueBatch();
    batch.steps =
        new IssueSteps() {
          @Override
          public List<Attempt<Issued>> issueAll(List<Ready> batch) {
            return batch.stream()
                .map(
                    ready ->
                        ready.done().warnings().get(0).startsWith("refus")
                            ? Attempt.<Issued>refused(
                                DomainException.conflict(
                                    "R2162-4", "R2162-4 : le maximum serait dépassé"))
                            : Attempt.of(ready.done()))
                .toList();
          }

          @Override
          public void announce(List<Issued> issued) {
            announced.addAll(issued);
          }
        };
    batch.registry = new Registry(doomed);
    batch.reads = new ReferenceReads();
    batch.reads.registry = batch.registry;
    return batch;
  }

  private static void await(BooleanSupplier condition) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }

  /** A transaction that some bean has, or has not, marked for rollback. */
  private record Registry(boolean rollbackOnly) implements TransactionSynchronizationRegistry {
    @Override
    public boolean getRollbackOnly() {
      return rollbackOnly;
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {}

    @Override
    public int getTransactionStatus() {
      return 0;
    }

    @Override
    public void setRollbackOnly() {}
  }
}
