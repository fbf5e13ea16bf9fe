package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Limit;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small scheme for rule tests, built through the entities' constructors as the import builds it:
 * the Marseille agreement (from 2021-07-01, six months then three renewals of a year), one lot of
 * two holders, a landlord and the city, one site of the landlord.
 */
final class Scheme {

  final Consortium consortium = new Consortium("Groupement MSU", "CC", LocalDate.of(2021, 3, 1));
  final Operator holder = operator("Passerelles Nord", "80877151591785", true);
  final Operator second = operator("Médiation Urbaine Provence", "84143644171172", false);
  final Operator stranger = operator("Autre opérateur", "73282932000074", false);
  final FrameworkAgreement agreement =
      new FrameworkAgreement(
          consortium,
          new AgreementTerms(
              "AC-MSU-2021-001",
              "Médiation sociale urbaine",
              null,
              BuyerType.POUVOIR_ADJUDICATEUR,
              LocalDate.of(2021, 3, 1),
              LocalDate.of(2021, 6, 15),
              LocalDate.of(2021, 7, 1),
              6,
              3,
              12,
              true,
              null));
  final Lot lot = new Lot(agreement, 1);
  final Member landlord = member("Office Phocéen de l'Habitat", "27138133008992", false);
  final Member city = member("Ville de Marseille", "21136600953662", false);
  final Site site = site("S01", landlord);
  final PriceLine hour;

  Scheme(AllocationRule rule) {
    lot.define(
        "Nord",
        rule,
        List.of(holder, second),
        List.of(
            new Limit(0, null, Money.of("10000")),
            new Limit(1, null, Money.of("10000")),
            new Limit(2, null, Money.of("10000")),
            new Limit(3, null, Money.of("10000"))));
    hour =
        lot.addPriceLine(
            new PriceLine.Details(
                "H-JOUR",
                "Heure de médiateur, jour",
                "heure",
                new BigDecimal("29.50"),
                new BigDecimal("20")));
  }

  Scheme() {
    this(AllocationRule.CASCADE);
  }

  Member member(String name, String siret, boolean joinedLate) {
    return new Member(
        consortium,
        new MemberDetails(
            name,
            siret,
            null,
            BuyerType.POUVOIR_ADJUDICATEUR,
            LegalForm.OPH,
            null,
            null,
            true,
            joinedLate,
            null,
            null));
  }

  Site site(String code, Member of) {
    Site site =
        new Site(code, new Site.Placement("Résidence " + code, null, "13014", of, 600, null, null));
    site.assign(new SiteAssignment.Terms(lot, null, null, null));
    return site;
  }

  static Operator operator(String name, String siret, boolean vatExempt) {
    return new Operator(new Operator.Details(name, siret, null, vatExempt, null, null));
  }

  /** An order of {@code hours} day hours at the site, executed in March 2022. */
  Order order(Member by, Site at, Operator to, String hours) {
    return order(by, at, to, hours, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31));
  }

  Order order(Member by, Site at, Operator to, String hours, LocalDate from, LocalDate until) {
    return new Order(
        by,
        lot,
        at,
        to,
        "cascade : titulaire de rang 1",
        "Médiation",
        from,
        until,
        new Commitment("EJ-1", 2022, "6228", null, "Claire Martin", "Directrice"),
        List.of(new Order.Line(hour, new BigDecimal(hours))),
        lot.holders());
  }
}
