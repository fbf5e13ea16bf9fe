package fr.cadre.importing.entity;

/** Where an import run stands. */
public enum ImportStatus {
  /** Reading and checking every row; nothing written yet. */
  VALIDATING,
  /** At least one row is wrong: nothing was written; the report lists every defect. */
  INVALID,
  /** Writing, chunk by chunk. */
  WRITING,
  /** Every item written. */
  COMPLETED,
  /** Stopped by an error while writing; restartable. */
  FAILED,
  /** The server stopped while the run was going; restartable. */
  INTERRUPTED;

  public boolean restartable() {
    return this == FAILED || this == INTERRUPTED;
  }

  public boolean finished() {
    return this == INVALID || this == COMPLETED || this == FAILED || this == INTERRUPTED;
  }
}
