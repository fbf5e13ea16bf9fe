package fr.cadre.importing.control;

import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.Limit;
import fr.cadre.importing.control.SchemeItem.LimitItem;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.Violation;
import fr.cadre.kernel.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of {@code lot_limits.csv}. Each row names its period by its start date, which must be
 * one of the agreement's; then each lot's limits are judged together by the lot's own rule
 * (R2162-4, {@link Limit#check(AgreementTerms, List, Violations)}), exactly as the lot will be
 * defined when written, so that no file passes here and fails in the write step. The lot's
 * violations name a limit by its place in the list, which leads back to its row.
 */
final class LimitRows {

  private LimitRows() {}

  /**
   * Adds each row's limit to its lot (the row names the lot's agreement, see {@link SchemeLots}).
   * With no valid agreement (its own problems already reported) the periods are unknown and nothing
   * more is said of its lots' limits.
   */
  static void judge(List<Row> rows, SchemeLots lots, List<ImportProblem> problems) {
    Set<String> seen = new HashSet<>();
    // By identity: a lot item's equality moves as its limits are added.
    Map<LotItem, List<Row>> rowsByLot = new IdentityHashMap<>();
    for (Row row : rows) {
      LotItem lot = lots.lot(row, "lot");
      LocalDate start = row.date("period_start");
      BigDecimal minimum = row.money("minimum");
      BigDecimal maximum = row.money("maximum");
      Optional<AgreementTerms> terms =
          lot == null ? Optional.empty() : lots.validTerms(lot.agreement());
      if (lot == null || start == null || terms.isEmpty()) {
        continue;
      }
      AgreementPeriod period =
          terms.get().periods().stream()
              .filter(p -> p.start().equals(start))
              .findFirst()
              .orElse(null);
      if (period == null) {
        row.problem("period_start", row.text("period_start"), outside(terms.get(), start));
        continue;
      }
      if (!seen.add(lot.agreement() + "/" + lot.number() + "/" + period.index())) {
        row.problem(
            "period_start",
            row.text("period_start"),
            "limites en double pour ce lot et la " + period.label());
        continue;
      }
      lot.limits().add(new LimitItem(period.index(), minimum, maximum));
      rowsByLot.computeIfAbsent(lot, l -> new ArrayList<>()).add(row);
    }
    for (LotItem lot : lots.lots()) {
      Optional<AgreementTerms> terms = lots.validTerms(lot.agreement());
      if (terms.isEmpty()) {
        continue;
      }
      Violations v = new Violations();
      Limit.check(terms.get(), lot.limits().stream().map(LimitRows::limit).toList(), v);
      List<Row> limitRows = rowsByLot.getOrDefault(lot, List.of());
      v.list().forEach(violation -> report(lot, limitRows, violation, problems));
    }
  }

  /** {@code periods[i].maximum} is row i's maximum; {@code periods} is a period with no row. */
  private static void report(
      LotItem lot, List<Row> limitRows, Violation violation, List<ImportProblem> problems) {
    String field = violation.field();
    if (field.startsWith("periods[")) {
      Row row = limitRows.get(Integer.parseInt(field.substring(8, field.indexOf(']'))));
      String column = field.substring(field.indexOf('.') + 1);
      row.report(violation, column.equals("index") ? "period_start" : column);
    } else {
      problems.add(
          new ImportProblem(
              SchemeFiles.LIMITS,
              0,
              "lot",
              Integer.toString(lot.number()),
              "aucune ligne pour le lot "
                  + lot.number()
                  + " de l'accord-cadre "
                  + lot.agreement()
                  + " : "
                  + violation.message()));
    }
  }

  private static Limit limit(LimitItem l) {
    return new Limit(l.periodIndex(), Money.of(l.minimum()), Money.of(l.maximum()));
  }

  private static String outside(AgreementTerms terms, LocalDate start) {
    List<AgreementPeriod> periods = terms.periods();
    if (periods.stream().anyMatch(p -> p.contains(start))) {
      return "ce n'est pas le début d'une période de l'accord-cadre (débuts : "
          + String.join(", ", periods.stream().map(p -> FrenchDates.of(p.start())).toList())
          + ")";
    }
    return "date hors de l'accord-cadre (du "
        + FrenchDates.of(terms.startDate())
        + " au "
        + FrenchDates.of(terms.end())
        + ")";
  }
}
