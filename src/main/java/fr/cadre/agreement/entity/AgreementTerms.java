package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.BuyerType;
import fr.cadre.kernel.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms that define an agreement's identity and duration. Holds the rules that need nothing but
 * the terms: the periods and the duration cap (L2125-1).
 */
public record AgreementTerms(
    String reference,
    String object,
    String cpvCode,
    BuyerType buyerType,
    LocalDate procedureLaunchDate,
    LocalDate notificationDate,
    LocalDate startDate,
    int initialMonths,
    int renewalCount,
    int renewalMonths,
    boolean renewalTacit,
    String durationJustification) {

  /** Décret 2021-1111: procedures launched from this day must state a maximum (R2162-4). */
  public static final LocalDate MAXIMUM_MANDATORY_FROM = LocalDate.of(2022, 1, 1);

  /** A maximum per lot and period is mandatory for a procedure launched from 2022 (R2162-4). */
  public boolean requiresMaximum() {
    return procedureLaunchDate != null && !procedureLaunchDate.isBefore(MAXIMUM_MANDATORY_FROM);
  }

  public int totalMonths() {
    return initialMonths + renewalCount * renewalMonths;
  }

  public List<AgreementPeriod> periods() {
    List<AgreementPeriod> periods = new ArrayList<>();
    LocalDate start = startDate;
    for (int index = 0; index <= renewalCount; index++) {
      int months = index == 0 ? initialMonths : renewalMonths;
      LocalDate next = start.plusMonths(months);
      periods.add(new AgreementPeriod(index, start, next.minusDays(1)));
      start = next;
    }
    return periods;
  }

  public LocalDate end() {
    return startDate.plusMonths(totalMonths()).minusDays(1);
  }

  private boolean justified() {
    return durationJustification != null && !durationJustification.isBlank();
  }

  /** Everything wrong with these terms, duration cap included. */
  public Violations check(DurationLimits limits, Violations v) {
    v.required("reference", reference)
        .required("object", object)
        .required("procedureLaunchDate", procedureLaunchDate)
        .required("startDate", startDate);
    v.check(
        initialMonths > 0,
        "initialMonths",
        "positive",
        () -> "la période initiale dure au moins un mois");
    v.check(
        renewalCount >= 0,
        "renewalCount",
        "positive",
        () -> "le nombre de reconductions est positif");
    v.check(
        renewalCount == 0 || renewalMonths > 0,
        "renewalMonths",
        "positive",
        () -> "une reconduction dure au moins un mois");
    v.check(
        cpvCode == null || cpvCode.isBlank() || cpvCode.matches("\\d{8}(-\\d)?"),
        "cpvCode",
        "cpv",
        () -> "un code CPV s'écrit sur 8 chiffres, éventuellement suivis d'un tiret et d'une clé");
    if (!v.isEmpty()) {
      return v;
    }
    BuyerType type = buyerType == null ? BuyerType.POUVOIR_ADJUDICATEUR : buyerType;
    int cap = limits.monthsFor(type);
    v.check(
        totalMonths() <= cap || justified(),
        "renewalCount",
        "L2125-1",
        () ->
            "L2125-1 : la durée totale ("
                + totalMonths()
                + " mois, reconductions comprises) dépasse "
                + cap
                + " mois sans justification enregistrée");
    return v;
  }
}
