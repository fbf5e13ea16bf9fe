package fr.cadre.ordering.control;

import fr.cadre.kernel.DomainException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issues the vouchers that queued together ({@link IssueQueue}) in one transaction, so that they
 * share its row locks and its one durable commit. First each is resolved and checked, which only
 * reads; then, once {@code toWrite} lets it (the batch before has committed), they are counted and
 * numbered together, each row's lock taken once for all of them ({@link IssueSteps#issueAll}): the
 * running totals see the earlier ones, and a refusal leaves its rows as they were.
 */
@ApplicationScoped
public class IssueBatch {

  @Inject IssueSteps steps;
  @Inject ReferenceReads reads;
  @Resource TransactionSynchronizationRegistry registry;

  /**
   * Records each one's outcome on it; the caller hands them out after this returns, that is after
   * the commit. Throws, and so rolls back, when anything but a refusal goes wrong. {@code written}
   * is told once every statement but the commit is sent.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void issue(
      List<IssueQueue.Pending> batch, Runnable toWrite, Runnable written, BatchTimings clock) {
    reads.keepAcrossTransactions();
    Map<IssueQueue.Pending, Ready> ready = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    for (IssueQueue.Pending pending : batch) {
      if (pending.key() != null && !keys.add(pending.key())) {
        // A retry of a request in this batch: after the commit, alone, it finds the voucher.
        pending.alone();
        continue;
      }
      try {
        ready.put(pending, pending.work().readyWith(steps));
      } catch (DomainException | RowsNotPrepared refused) {
        refuse(pending, refused);
      }
    }
    BatchTimings.ended(clock, BatchTimings.Stage.READ);
    toWrite.run();
    BatchTimings.ended(clock, BatchTimings.Stage.WAIT_FOR_WRITE);
    List<IssueQueue.Pending> pendings = new ArrayList<>(ready.keySet());
    List<Attempt<Issued>> outcomes = steps.issueAll(new ArrayList<>(ready.values()));
    BatchTimings.ended(clock, BatchTimings.Stage.TAKE_ROWS);
    List<Issued> issued = new ArrayList<>();
    for (int i = 0; i < pendings.size(); i++) {
      Attempt<Issued> outcome = outcomes.get(i);
      if (outcome.ok()) {
        issued.add(outcome.value());
        pendings.get(i).issued(outcome.value());
      } else {
        refuse(pendings.get(i), outcome.refusal());
      }
    }
    steps.announce(issued);
    BatchTimings.ended(clock, BatchTimings.Stage.ANNOUNCE);
    written.run();
  }

  private void refuse(IssueQueue.Pending pending, RuntimeException refusal) {
    if (registry.getRollbackOnly()) {
      // A bean that has no say over this transaction doomed it: the issues go one by one.
      throw new IllegalStateException("issue batch marked for rollback", refusal);
    }
    pending.refused(refusal);
  }
}
