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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Group commit: issues that arrive while a batch is written share the next one, each answered with
 * its own outcome once its batch is over; whatever a batch cannot take is issued alone.
 */
@DisplayName("Issue queue: group commit of concurrent issues")
class IssueQueueTest {

  private final ExecutorService officers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    officers.shutdownNow();
  }

  @Test
  void issuesThatArriveWhileABatchIsWrittenShareTheNextOne() throws Exception {
    IssueQueue queue = new IssueQueue();
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    queue.batch =
        new IssueBatch() {
          @Override
          public void issue(List<IssueQueue.Pending> batch) {
            sizes.add(batch.size());
            if (sizes.size() == 1) {
              awaitQueued(queue, 10); // the first batch is slow: ten officers queue behind it
            }
            batch.forEach(p -> p.issued(p.work().issueWith(null)));
          }
        };
    List<Future<Ordering.Issued>> answers = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String name = "bon " + i;
      answers.add(
          officers.submit(() -> queue.issue(null, o -> issued(name), () -> issued("seul"))));
      if (i == 0) {
        awaitBatches(sizes, 1);
      }
    }
    for (int i = 0; i < 11; i++) {
      assertThat(answers.get(i).get(10, TimeUnit.SECONDS).warnings()).containsExactly("bon " + i);
    }
    assertThat(sizes).containsExactly(1, 10);
  }

  @Test
  void aBatchThatRollsBackLeavesEachIssueToBeIssuedAlone() throws Exception {
    IssueQueue queue = new IssueQueue();
    queue.batch =
        new IssueBatch() {
          @Override
          public void issue(List<IssueQueue.Pending> batch) {
            batch.forEach(p -> p.issued(p.work().issueWith(null)));
            throw new IllegalStateException("commit failed");
          }
        };
    assertThat(queue.issue(null, o -> issued("en lot"), () -> issued("seul")).warnings())
        .containsExactly("seul");
  }

  @Test
  void aRefusalReachesItsOwnRequestOnlyAndTheOthersAreIssued() {
    List<Ordering.Issued> announced = new ArrayList<>();
    IssueBatch batch = batchAnnouncingTo(announced, false);
    IssueQueue.Pending first = pending("k1", o -> issued("premier"));
    IssueQueue.Pending refused =
        pending(
            "k2",
            o -> {
              throw DomainException.conflict("R2162-4", "R2162-4 : le maximum serait dépassé");
            });
    IssueQueue.Pending third = pending("k3", o -> issued("troisième"));

    batch.issue(List.of(first, refused, third));
    List.of(first, refused, third).forEach(p -> p.publish(true));

    assertThat(first.answer(() -> issued("seul")).warnings()).containsExactly("premier");
    assertThat(third.answer(() -> issued("seul")).warnings()).containsExactly("troisième");
    assertThatThrownBy(() -> refused.answer(() -> issued("seul")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("R2162-4");
    assertThat(announced)
        .extracting(i -> i.warnings().get(0))
        .containsExactly("premier", "troisième");
  }

  @Test
  void aRetryInTheSameBatchIsIssuedAloneAfterTheFirstCommits() {
    IssueBatch batch = batchAnnouncingTo(new ArrayList<>(), false);
    IssueQueue.Pending first = pending("même clé", o -> issued("premier"));
    IssueQueue.Pending retry = pending("même clé", o -> issued("doublon"));

    batch.issue(List.of(first, retry));
    List.of(first, retry).forEach(p -> p.publish(true));

    assertThat(retry.answer(() -> issued("seul")).warnings()).containsExactly("seul");
  }

  @Test
  void aRefusalThatDoomedTheTransactionRollsTheWholeBatchBack() {
    IssueBatch batch = batchAnnouncingTo(new ArrayList<>(), true);
    IssueQueue.Pending first = pending(null, o -> issued("premier"));
    IssueQueue.Pending refused =
        pending(
            null,
            o -> {
              throw DomainException.notFound("site", 42L);
            });

    assertThatThrownBy(() -> batch.issue(List.of(first, refused)))
        .isInstanceOf(IllegalStateException.class);
    List.of(first, refused).forEach(p -> p.publish(false));
    assertThat(first.answer(() -> issued("seul")).warnings()).containsExactly("seul");
  }

  private static IssueQueue.Pending pending(String key, IssueQueue.Work work) {
    return new IssueQueue.Pending(key, work, Thread.currentThread());
  }

  private static Ordering.Issued issued(String name) {
    return new Ordering.Issued(null, null, List.of(name), true);
  }

  private static IssueBatch batchAnnouncingTo(List<Ordering.Issued> announced, boolean doomed) {
    IssueBatch batch = new IssueBatch();
    batch.ordering =
        new Ordering() {
          @Override
          public void announce(List<Issued> issued) {
            announced.addAll(issued);
          }
        };
    batch.registry = new Registry(doomed);
    return batch;
  }

  private static void awaitQueued(IssueQueue queue, int count) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (queue.queued() < count && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }

  private static void awaitBatches(List<Integer> sizes, int count) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (sizes.size() < count && System.nanoTime() < until) {
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
