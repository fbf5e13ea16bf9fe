package fr.cadre.ordering.control;

/**
 * An issue found a running-total or counter row missing (the first voucher of a year, or of a
 * member in an agreement). Its transaction rolls back; the caller creates the rows with {@link
 * Ordering#prepareIssue} and tries once more. Keeping that creation off the normal path spares
 * every other issue the extra reads.
 */
public class RowsNotPrepared extends RuntimeException {

  public RowsNotPrepared(String what) {
    super(what, null, false, false);
  }
}
