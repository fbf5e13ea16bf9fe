package fr.cadre.ordering.control;

import fr.cadre.platform.Returning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Voucher numbers, unique per consortium and gapless per year in issue order ("2021-000123"). The
 * counter is incremented in the issuing transaction: if the issue rolls back, so does the number,
 * and no gap is left. The counter of a year is created beforehand by {@link RunningTotalRows}.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RowsNotPrepared.class)
public class Numbering {

  @PersistenceContext EntityManager em;
  @Inject Returning returning;

  /** The next number; a missing counter leaves the transaction to its owner. */
  public String next(long consortiumId, int year) {
    return next(consortiumId, year, 1).get(0);
  }

  /** The next {@code count} numbers, in order, taken by one statement. */
  public List<String> next(long consortiumId, int year, int count) {
    List<?> last =
        em.createNativeQuery(
                returning.sql(
                    "UPDATE voucher_counter SET last_number = last_number + ?3"
                        + " WHERE consortium_id = ?1 AND counter_year = ?2",
                    "last_number"))
            .setFlushMode(FlushModeType.COMMIT) // the counter is no entity: nothing to flush first
            .setParameter(1, consortiumId)
            .setParameter(2, year)
            .setParameter(3, count)
            .getResultList();
    if (last.isEmpty()) {
      throw new RowsNotPrepared("voucher counter of " + consortiumId + "/" + year);
    }
    int first = ((Number) last.get(0)).intValue() - count + 1;
    List<String> numbers = new ArrayList<>();
    for (int rank = first; rank < first + count; rank++) {
      numbers.add(format(year, rank));
    }
    return numbers;
  }

  /** "2021-000123": the year, then the rank in the year on six digits at least. */
  static String format(int year, int rank) {
    String digits = Integer.toString(rank);
    return year + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
  }
}
