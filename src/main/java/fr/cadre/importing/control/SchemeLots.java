package fr.cadre.importing.control;

import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.importing.control.SchemeItem.LotItem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreements and lots a scheme's files declare, and how a row names one of them: by the
 * agreement's reference (column {@code agreement}, which a scheme of one agreement may leave out)
 * and the lot's number. The same lot numbers recur from one agreement to the next.
 */
final class SchemeLots {

  static final String AGREEMENT_COLUMN = "agreement";

  /** A lot by natural key. */
  record LotKey(String agreement, int number) {}

  private final Map<String, AgreementTerms> agreements = new LinkedHashMap<>();
  private final Map<String, List<AgreementPeriod>> periods = new LinkedHashMap<>();
  private final Map<LotKey, LotItem> lots = new LinkedHashMap<>();

  /**
   * Declares an agreement; {@code valid} when its terms passed their checks, so that its periods
   * can be told. False when the reference is already declared.
   */
  boolean addAgreement(AgreementTerms terms, boolean valid) {
    if (agreements.putIfAbsent(terms.reference(), terms) != null) {
      return false;
    }
    periods.put(terms.reference(), valid ? terms.periods() : List.of());
    return true;
  }

  /** The agreement's terms, when they passed their checks. */
  Optional<AgreementTerms> validTerms(String reference) {
    return periods(reference).isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(agreements.get(reference));
  }

  List<AgreementPeriod> periods(String reference) {
    return periods.getOrDefault(reference, List.of());
  }

  /** False when the agreement already has a lot of that number. */
  boolean addLot(LotItem lot) {
    return lots.putIfAbsent(new LotKey(lot.agreement(), lot.number()), lot) == null;
  }

  Collection<LotItem> lots() {
    return lots.values();
  }

  /** The agreement a row names, or the only one; null (with a problem) otherwise. */
  String agreementOf(Row row) {
    String reference = row.text(AGREEMENT_COLUMN);
    if (reference == null) {
      if (agreements.size() == 1) {
        return agreements.keySet().iterator().next();
      }
      row.required(AGREEMENT_COLUMN);
      return null;
    }
    if (!agreements.containsKey(reference)) {
      row.problem(
          AGREEMENT_COLUMN,
          reference,
          "accord-cadre inconnu (absent de " + SchemeFiles.AGREEMENT + ")");
      return null;
    }
    return reference;
  }

  /** The lot a row names in {@code column}, of the agreement it names; null with a problem. */
  LotItem lot(Row row, String column) {
    String agreement = agreementOf(row);
    Integer number = row.integer(column);
    if (number == null) {
      row.required(column);
      return null;
    }
    if (agreement == null) {
      return null;
    }
    LotItem lot = lots.get(new LotKey(agreement, number));
    if (lot == null) {
      row.problem(
          column,
          number.toString(),
          "lot inconnu (absent de " + SchemeFiles.LOTS + " pour l'accord-cadre " + agreement + ")");
    }
    return lot;
  }
}
