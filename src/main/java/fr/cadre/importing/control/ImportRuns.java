package fr.cadre.importing.control;

import fr.cadre.importing.control.SchemeWriter.Outcome;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.importing.entity.ImportRun;
import fr.cadre.importing.entity.ImportStatus;
import fr.cadre.kernel.DomainException;
import fr.cadre.platform.Leases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The record of each import run, kept in step with the batch job in short transactions of its own
 * (or, for a written chunk, in the chunk's transaction). Reads are transactional too: batch threads
 * have no request around them, and the container's non-transactional entity manager fails there.
 */
@ApplicationScoped
public class ImportRuns {

  private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());

  /** The work whose lock instances starting together take before deciding on the sample. */
  static final String FIRST_START_WORK = "first-start-import";

  @PersistenceContext EntityManager em;
  @Inject RunLeases leases;
  @Inject Leases workLeases;

  @Transactional
  public ImportRun restartable(long runId) {
    ImportRun run = run(runId);
    if (!run.status().restartable()) {
      throw DomainException.conflict(
          "import-restart",
          "l'import "
              + runId
              + " est "
              + run.status()
              + " : seul un import échoué ou interrompu reprend");
    }
    run.restarting();
    leases.hold(runId);
    return run;
  }

  @Transactional
  public ImportRun create(String source, Path folder, String who) {
    ImportRun run = new ImportRun(source, folder.toString(), who);
    em.persist(run);
    leases.hold(run.id());
    return run;
  }

  /**
   * The first start's run, unless the database already holds data. Instances starting together on
   * an empty database take the lock of the first-start import one after the other: the first
   * creates its run and commits, the next finds that run and creates none.
   */
  @Transactional
  public Optional<ImportRun> createIfDatabaseEmpty(String source, Path folder, String who) {
    workLeases.lock(FIRST_START_WORK);
    long schemes =
        em.createQuery("SELECT COUNT(c) FROM Consortium c", Long.class).getSingleResult();
    long runs = em.createQuery("SELECT COUNT(r) FROM ImportRun r", Long.class).getSingleResult();
    if (schemes > 0 || runs > 0) {
      return Optional.empty();
    }
    ImportRun run = new ImportRun(source, folder.toString(), who);
    em.persist(run);
    leases.hold(run.id());
    return Optional.of(run);
  }

  /** The first run started by {@code who} (the first start's), if any. */
  @Transactional
  public Optional<ImportRun> firstBy(String who) {
    return em
        .createQuery(
            "SELECT r FROM ImportRun r WHERE r.startedBy = :who ORDER BY r.id", ImportRun.class)
        .setParameter("who", who)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Records which batch execution runs the import, from the job's own thread before its first step:
   * every write to a run once its job has started happens on that thread, one after the other.
   * (Written from the request's thread, this update raced the job's first step; EclipseLink moves
   * the version even in a bulk update, and the step's refusal then failed on it.)
   */
  @Transactional
  public void started(long runId, long execution) {
    run(runId).started(execution);
  }

  @Transactional
  public ImportRun run(long id) {
    ImportRun run = em.find(ImportRun.class, id);
    if (run == null) {
      throw DomainException.notFound("import", id);
    }
    return run;
  }

  @Transactional
  public List<ImportRun> runs() {
    return em.createQuery("SELECT r FROM ImportRun r ORDER BY r.id DESC", ImportRun.class)
        .setMaxResults(100)
        .getResultList();
  }

  @Transactional
  public void validated(long runId, int items) {
    run(runId).validated(items);
  }

  @Transactional
  public void refused(long runId, List<ImportProblem> problems) {
    run(runId).refused(ImportJson.problems(problems, ImportRun.MAX_PROBLEMS_KEPT));
    LOG.info(
        () -> "Import " + runId + " refused: " + problems.size() + " defect(s), nothing written");
  }

  /**
   * Counts a written chunk in the chunk's own transaction: the resume point moves with the data.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void wrote(long runId, int items, Map<String, EnumMap<Outcome, Integer>> outcomes) {
    ImportRun run = em.find(ImportRun.class, runId);
    run.wrote(items, ImportJson.addCounts(run.counts(), outcomes));
  }

  /** The history's vouchers taken over, counted beside the scheme's items. */
  @Transactional
  public void historyImported(long runId, int vouchers) {
    ImportRun run = run(runId);
    EnumMap<Outcome, Integer> created = new EnumMap<>(Outcome.class);
    created.put(Outcome.CREATED, vouchers);
    run.wrote(0, ImportJson.addCounts(run.counts(), Map.of("voucher", created)));
    LOG.info(() -> "Import " + runId + ": " + vouchers + " vouchers of the history taken over");
  }

  @Transactional
  public void ended(long runId, String exitStatus) {
    ImportRun run = run(runId);
    if (run.status() == ImportStatus.INVALID) {
      return;
    }
    if (run.status() == ImportStatus.WRITING && run.writtenItems() == run.totalItems()) {
      run.completed();
    } else {
      run.failed(exitStatus);
    }
    LOG.info(() -> "Import " + runId + " ended: " + run.status());
  }
}
