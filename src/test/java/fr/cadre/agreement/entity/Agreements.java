package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import java.time.LocalDate;

/** Agreement terms for rule tests, built without a container. */
final class Agreements {

  private Agreements() {}

  static AgreementTerms terms(
      BuyerType type,
      LocalDate launched,
      int initialMonths,
      int renewals,
      int renewalMonths,
      String justification) {
    return new AgreementTerms(
        "AC-TEST",
        "Médiation sociale urbaine",
        "85320000",
        type,
        launched,
        LocalDate.of(2021, 6, 15),
        LocalDate.of(2021, 7, 1),
        initialMonths,
        renewals,
        renewalMonths,
        true,
        justification);
  }

  /** The Marseille shape: from 2021-07-01, six months then three renewals of a year. */
  static FrameworkAgreement marseille(LocalDate launched) {
    return new FrameworkAgreement(
        new Consortium("Groupement MSU", "CC", LocalDate.of(2021, 3, 1)),
        terms(BuyerType.POUVOIR_ADJUDICATEUR, launched, 6, 3, 12, null));
  }
}
