package fr.cadre.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Site assignments: a residence stays one site across successive agreements, served by one lot at a time")
class SiteAssignmentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private final Consortium consortium = new Consortium("Groupement MSU", "CC", null);
  private final Operator holder = operator("Passerelles Nord", "80877151591785");
  private final Operator stranger = operator("Sud Médiation", "82248190385522");
  private final Member landlord = member(consortium);

  /** 2021-07-01 to 2024-12-31, launched before 2022. */
  private final Lot first = lot(agreement("AC-2021", 2021, 3, 15, 7, 6, 12), holder);

  /** 2025-01-01 to 2028-12-31: the successor. */
  private final Lot successor = lot(agreement("AC-2025", 2024, 3, 18, 1, 12, 12), holder);

  private final Site site =
      new Site(
          "MRS-101",
          new Site.Placement("Les Micocouliers", null, "13015", landlord, 534, null, null));

  @Test
  void aResidenceServedUnderSuccessiveAgreementsIsOneSiteWithALotInEach() {
    site.assign(terms(first, null, null));
    site.assign(terms(successor, null, null));

    assertThat(site.assignments())
        .extracting(a -> a.agreement().reference())
        .containsExactly("AC-2021", "AC-2025");
    assertThat(site.isServedBy(first)).isTrue();
    assertThat(site.isServedBy(successor)).isTrue();
    // Days left out are the agreement's own.
    assertThat(site.assignmentTo(successor).orElseThrow().served().start())
        .isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(site.assignmentTo(successor).orElseThrow().served().end())
        .isEqualTo(LocalDate.of(2028, 12, 31));
  }

  @Test
  void theLotServingTheSiteOnADayIsTheOneOfTheAgreementInForceThatDay() {
    site.assign(terms(first, null, null));
    site.assign(terms(successor, null, null));

    assertThat(site.servingOn(TODAY).lot()).isSameAs(successor);
    assertThat(site.servingOn(TODAY).agreement().isInForceOn(TODAY)).isTrue();
    assertThat(site.servingOn(LocalDate.of(2022, 3, 1)).lot()).isSameAs(first);
    assertThat(site.assignmentFor(null, TODAY).lot()).isSameAs(successor);
  }

  @Test
  void noLotServesTheSiteOnADayOutsideEveryAgreement() {
    site.assign(terms(first, null, null));
    site.assign(terms(successor, null, null));

    assertThatThrownBy(() -> site.servingOn(LocalDate.of(2030, 1, 1)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("n'est desservi par aucun lot le 01/01/2030")
        .hasMessageContaining("AC-2021")
        .hasMessageContaining("AC-2025");
  }

  @Test
  void aSiteWithASingleLotIsLeftToR2162_5OutsideItsAgreement() {
    site.assign(terms(first, null, null));

    // The lot is still the order's; issuing then refuses the day because the agreement expired.
    assertThat(site.servingOn(TODAY).lot()).isSameAs(first);
    assertThat(first.agreement().isInForceOn(TODAY)).isFalse();
  }

  @Test
  void aLotOfAnotherConsortiumsAgreementCannotServeTheSite() {
    Consortium other = new Consortium("Autre groupement", "CC-2", null);
    Lot foreign = lot(new FrameworkAgreement(other, terms("AC-X", 2024, 3, 18, 1, 12, 12)), holder);

    assertThat(violations(terms(foreign, null, null)))
        .anyMatch(v -> v.field().equals("lotId") && v.rule().equals("site-lot"));
    assertThatThrownBy(() -> site.assign(terms(foreign, null, null)))
        .isInstanceOf(DomainException.class);
    assertThat(site.assignments()).isEmpty();
  }

  @Test
  void theHolderFixedForTheSiteHoldsTheLot_R2162_6() {
    assertThat(violations(new SiteAssignment.Terms(successor, holder, null, null))).isEmpty();
    assertThat(violations(new SiteAssignment.Terms(successor, stranger, null, null)))
        .anyMatch(
            v ->
                v.field().equals("holderId")
                    && v.rule().equals("R2162-6")
                    && v.message().contains("Sud Médiation n'est pas titulaire du lot 1"));
  }

  @Test
  void theDaysServedLieWithinTheAgreementAndEndAfterTheyBegin() {
    assertThat(violations(terms(successor, LocalDate.of(2024, 12, 31), null)))
        .anyMatch(v -> v.field().equals("servedFrom"));
    assertThat(violations(terms(successor, LocalDate.of(2029, 1, 1), null)))
        .anyMatch(v -> v.field().equals("servedFrom"));
    assertThat(
            violations(new SiteAssignment.Terms(successor, null, null, LocalDate.of(2029, 1, 1))))
        .anyMatch(v -> v.field().equals("servedTo") && v.message().contains("31/12/2028"));
    assertThat(
            violations(
                new SiteAssignment.Terms(
                    successor, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31))))
        .anyMatch(v -> v.field().equals("servedTo") && v.rule().equals("dates"));
    assertThat(
            violations(
                new SiteAssignment.Terms(
                    successor, null, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31))))
        .isEmpty();
  }

  @Test
  void aSiteIsServedByOneLotAtATime() {
    Lot other = lot(successor.agreement(), 2, holder);
    site.assign(new SiteAssignment.Terms(successor, null, null, LocalDate.of(2026, 6, 30)));

    assertThatThrownBy(() -> site.assign(terms(other, LocalDate.of(2026, 6, 1), null)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("est déjà desservi par lot 1 de l'accord-cadre AC-2025");
    // Moved to another lot of the same agreement from the next day: both are kept, in order.
    site.assign(terms(other, LocalDate.of(2026, 7, 1), null));
    assertThat(site.assignments()).hasSize(2);
    assertThat(site.servingOn(LocalDate.of(2026, 6, 30)).lot()).isSameAs(successor);
    assertThat(site.servingOn(TODAY).lot()).isSameAs(other);
  }

  @Test
  void assigningTheSameLotAgainRevisesItsHolderAndDays() {
    site.assign(terms(successor, null, null));
    SiteAssignment revised =
        site.assign(new SiteAssignment.Terms(successor, holder, LocalDate.of(2025, 3, 1), null));

    assertThat(site.assignments()).containsExactly(revised);
    assertThat(revised.holder()).contains(holder);
    assertThat(revised.servedFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void aNewLandlordMustBelongToTheConsortiumOfEveryLotServingTheSite() {
    site.assign(terms(successor, null, null));
    Member elsewhere = member(new Consortium("Autre groupement", "CC-2", null));

    assertThatThrownBy(
            () ->
                site.revise(
                    new Site.Placement(
                        "Les Micocouliers", null, "13015", elsewhere, 534, null, null)))
        .isInstanceOf(DomainException.class);
    assertThat(site.member()).isSameAs(landlord);
  }

  private List<Violation> violations(SiteAssignment.Terms terms) {
    return terms.check(landlord, new fr.cadre.kernel.Violations()).list();
  }

  private static SiteAssignment.Terms terms(Lot lot, LocalDate from, LocalDate to) {
    return new SiteAssignment.Terms(lot, null, from, to);
  }

  private FrameworkAgreement agreement(
      String reference, int year, int month, int day, int startMonth, int initial, int renewal) {
    return new FrameworkAgreement(
        consortium, terms(reference, year, month, day, startMonth, initial, renewal));
  }

  /** Launched on that day, notified that year, starting the 1st of a month the year after or so. */
  private static AgreementTerms terms(
      String reference, int year, int month, int day, int startMonth, int initial, int renewal) {
    LocalDate launched = LocalDate.of(year, month, day);
    LocalDate start =
        startMonth == 1 ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, startMonth, 1);
    return new AgreementTerms(
        reference,
        "Médiation sociale urbaine",
        "85320000",
        BuyerType.POUVOIR_ADJUDICATEUR,
        launched,
        start.minusDays(10),
        start,
        initial,
        3,
        renewal,
        true,
        null);
  }

  private static Lot lot(FrameworkAgreement agreement, Operator holder) {
    return lot(agreement, 1, holder);
  }

  private static Lot lot(FrameworkAgreement agreement, int number, Operator holder) {
    Lot lot = new Lot(agreement, number);
    List<Limit> limits =
        agreement.periods().stream()
            .map(p -> new Limit(p.index(), null, Money.of("1000000")))
            .toList();
    lot.define("Secteur " + number, AllocationRule.FIXED_PER_SITE, List.of(holder), limits);
    return lot;
  }

  private static Member member(Consortium consortium) {
    return new Member(
        consortium,
        new MemberDetails(
            "Office Phocéen de l'Habitat",
            "27138133008992",
            null,
            BuyerType.POUVOIR_ADJUDICATEUR,
            LegalForm.OPH,
            null,
            null,
            true,
            false,
            null,
            null));
  }

  private static Operator operator(String name, String siret) {
    return new Operator(new Operator.Details(name, siret, null, false, null, null));
  }
}
