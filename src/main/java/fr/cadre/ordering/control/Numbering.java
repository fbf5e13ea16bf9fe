package fr.cadre.ordering.control;

import fr.cadre.kernel.DomainException;
import fr.cadre.platform.NativeStatement;
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
@Transactional(
    value = Transactional.TxType.MANDATORY,
    dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
public class Numbering {

  @PersistenceContext EntityManager em;
  @Inject Returning returning;

  /** The next number; a missing counter leaves the transaction to its owner. */
  public String next(long consortiumId, int year) {
    return next(consortiumId, year, 1).get(0);
  }

  /** The next {@code count} numbers, in order, taken by one statement. */
  public List<String> next(long consortiumId, int year, int count) {
    List<?> last = taking(consortiumId, year, count).query(em).getResultList();
    if (last.isEmpty()) {
      throw new RowsNotPrepared("voucher counter of " + consortiumId + "/" + year);
    }
    return numbers(year, ((Number) last.get(0)).intValue(), count);
  }

  /** The statement that takes {@code count} numbers, returning the counter's last one. */
  NativeStatement taking(long consortiumId, int year, int count) {
    return NativeStatement.of(
        returning.sql(
            "UPDATE voucher_counter SET last_number = last_number + ?3"
                + " WHERE consortium_id = ?1 AND counter_year = ?2",
            "last_number"),
        consortiumId,
        year,
        count);
  }

  /** The {@code count} numbers that end at {@code last}, in order. */
  static List<String> numbers(int year, int last, int count) {
    List<String> numbers = new ArrayList<>();
    for (int rank = last - count + 1; rank <= last; rank++) {
      numbers.add(format(year, rank));
    }
    return numbers;
  }

  /**
   * Takes a number given by an earlier system (the vouchers of a history): of the year it was
   * issued in, and above every number of that year Cadre has given or taken, so that Cadre's own
   * numbering goes on after it without ever giving it again. The counter moves to it.
   */
  public void adopt(long consortiumId, int year, String number) {
    int rank = rankOf(number, year);
    int moved =
        em.createNativeQuery(
                "UPDATE voucher_counter SET last_number = ?3"
                    + " WHERE consortium_id = ?1 AND counter_year = ?2 AND last_number < ?3")
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter(1, consortiumId)
            .setParameter(2, year)
            .setParameter(3, rank)
            .executeUpdate();
    if (moved == 0) {
      List<?> last =
          em.createNativeQuery(
                  "SELECT last_number FROM voucher_counter"
                      + " WHERE consortium_id = ?1 AND counter_year = ?2")
              .setFlushMode(FlushModeType.COMMIT)
              .setParameter(1, consortiumId)
              .setParameter(2, year)
              .getResultList();
      if (last.isEmpty()) {
        throw new RowsNotPrepared("voucher counter of " + consortiumId + "/" + year);
      }
      throw DomainException.conflict(
          "voucher-number",
          "le numéro "
              + number
              + " n'est pas au-delà du dernier numéro de "
              + year
              + " ("
              + format(year, ((Number) last.get(0)).intValue())
              + ") : les numéros repris se suivent dans l'ordre d'émission et ne reprennent aucun"
              + " numéro déjà donné");
    }
  }

  /** The rank of "2025-000123" in its year; refused when not a number of that year. */
  static int rankOf(String number, int year) {
    String prefix = year + "-";
    if (number == null
        || !number.startsWith(prefix)
        || !number.substring(prefix.length()).matches("[0-9]{6,9}")
        || Integer.parseInt(number.substring(prefix.length())) == 0) {
      throw DomainException.invalid(
          "number",
          "voucher-number",
          "un numéro de bon de "
              + year
              + " s'écrit "
              + format(year, 123)
              + " (l'année d'émission, puis le rang sur six chiffres au moins)");
    }
    return Integer.parseInt(number.substring(prefix.length()));
  }

  /** "2021-000123": the year, then the rank in the year on six digits at least. */
  static String format(int year, int rank) {
    String digits = Integer.toString(rank);
    return year + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
  }
}
