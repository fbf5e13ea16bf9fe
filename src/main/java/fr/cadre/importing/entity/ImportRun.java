package fr.cadre.importing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One import of a scheme's files: its status, how far writing got, what it did per record type and,
 * when refused, every defect found. The files are kept in their own folder so that a restart reads
 * exactly what the first attempt read.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

  /** A report keeps at most this many defects; the count says how many there were. */
  public static final int MAX_PROBLEMS_KEPT = 1000;

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(name = "execution_id")
  private Long executionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportStatus status = ImportStatus.VALIDATING;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String folder;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt = LocalDateTime.now(ZoneOffset.UTC);

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "total_items", nullable = false)
  private int totalItems;

  @Column(name = "written_items", nullable = false)
  private int writtenItems;

  @Column(nullable = false)
  private int attempts = 1;

  /** JSON object: record type to created / updated / unchanged counts. */
  private String counts;

  /** JSON array of the defects found, at most {@link #MAX_PROBLEMS_KEPT}. */
  private String problems;

  private String failure;

  @Version private long version;

  protected ImportRun() {}

  public ImportRun(String source, String folder, String startedBy) {
    this.source = source;
    this.folder = folder;
    this.startedBy = startedBy;
  }

  public void started(long executionId) {
    this.executionId = executionId;
  }

  public void validated(int totalItems) {
    this.totalItems = totalItems;
    this.status = ImportStatus.WRITING;
  }

  public void refused(String problemsJson) {
    this.problems = problemsJson;
    end(ImportStatus.INVALID);
  }

  /** A chunk was written: its items and what they did, committed with the writes themselves. */
  public void wrote(int items, String countsJson) {
    this.writtenItems += items;
    this.counts = countsJson;
  }

  public void completed() {
    end(ImportStatus.COMPLETED);
  }

  public void failed(String why) {
    this.failure = why == null ? null : why.substring(0, Math.min(why.length(), 2000));
    end(ImportStatus.FAILED);
  }

  public void interrupted() {
    end(ImportStatus.INTERRUPTED);
  }

  public void restarting() {
    if (!status.restartable()) {
      throw new IllegalStateException(status.name());
    }
    attempts++;
    status = ImportStatus.VALIDATING;
    endedAt = null;
    failure = null;
  }

  private void end(ImportStatus to) {
    status = to;
    endedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public Long executionId() {
    return executionId;
  }

  public ImportStatus status() {
    return status;
  }

  public String source() {
    return source;
  }

  public String folder() {
    return folder;
  }

  public String startedBy() {
    return startedBy;
  }

  public LocalDateTime startedAt() {
    return startedAt;
  }

  public LocalDateTime endedAt() {
    return endedAt;
  }

  public int totalItems() {
    return totalItems;
  }

  public int writtenItems() {
    return writtenItems;
  }

  public int attempts() {
    return attempts;
  }

  public String counts() {
    return counts;
  }

  public String problems() {
    return problems;
  }

  public String failure() {
    return failure;
  }
}
