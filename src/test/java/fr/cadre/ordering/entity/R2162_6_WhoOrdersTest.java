package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "R2162-6: only ordering members, for their own sites (or the coordinator for all), to a holder of the lot")
class R2162_6_WhoOrdersTest {

  private final Consortium consortium =
      new Consortium("Groupement MSU", "CC", LocalDate.of(2021, 3, 1));
  private final Operator holder = operator("73282932000074");
  private final Operator stranger = operator("21130055300016");
  private final FrameworkAgreement agreement =
      new FrameworkAgreement(
          consortium,
          new AgreementTerms(
              "AC",
              "Médiation",
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
  private final Lot lot = new Lot(agreement, 1);
  private final Member landlord = member(1L, true, false);
  private final Member city = member(2L, true, false);
  private final Site site =
      new Site(
          "S01",
          new Site.Placement("Les Flamants", null, "13014", landlord, lot, null, 600, null, null));

  R2162_6_WhoOrdersTest() {
    setId(consortium, 100L);
    setId(lot, 10L);
    lot.define("Nord", null, List.of(holder), List.of(new Lot.Limit(0, null, Money.of("1000"))));
  }

  private Order order(Member member, Operator to) {
    return order(member, site, to);
  }

  private Order order(Member member, Site at, Operator to) {
    return new Order(
        member,
        lot,
        at,
        to,
        null,
        "Médiation",
        LocalDate.of(2022, 3, 1),
        LocalDate.of(2022, 3, 31),
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        lot.holders());
  }

  @Test
  void theSitesOwnMemberOrdersFromTheLotsHolder() {
    assertThatCode(
            () -> IssuingRules.checkWhoOrders(order(landlord, holder), OrderingPolicy.DEFAULT))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherMemberCannotOrderForTheSite() {
    assertThatThrownBy(
            () -> IssuingRules.checkWhoOrders(order(city, holder), OrderingPolicy.DEFAULT))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("seul commande");
  }

  @Test
  void theCoordinatorOrdersForAllUnlessConfiguredOtherwise() {
    consortium.appointCoordinator(city);
    assertThatCode(() -> IssuingRules.checkWhoOrders(order(city, holder), OrderingPolicy.DEFAULT))
        .doesNotThrowAnyException();
    OrderingPolicy ownSitesOnly = new OrderingPolicy(false, 90, List.of(80, 95));
    assertThatThrownBy(() -> IssuingRules.checkWhoOrders(order(city, holder), ownSitesOnly))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void aMemberThatJoinedAfterTheProcedureCannotOrder() {
    Member late = member(3L, true, true);
    Site its =
        new Site(
            "S02",
            new Site.Placement("Le Castellas", null, "13015", late, lot, null, 300, null, null));
    Order order = order(late, its, holder);
    assertThatThrownBy(() -> IssuingRules.checkWhoOrders(order, OrderingPolicy.DEFAULT))
        .hasMessageContaining("après la procédure");
  }

  @Test
  void onlyAHolderOfTheLotReceivesTheVoucher() {
    assertThatThrownBy(
            () -> IssuingRules.checkWhoOrders(order(landlord, stranger), OrderingPolicy.DEFAULT))
        .hasMessageContaining("n'est pas titulaire du lot 1");
  }

  private Member member(long id, boolean mayOrder, boolean joinedLate) {
    Member m =
        new Member(
            consortium,
            new MemberDetails(
                "Membre " + id,
                "73282932000074",
                null,
                BuyerType.POUVOIR_ADJUDICATEUR,
                LegalForm.OPH,
                null,
                null,
                mayOrder,
                joinedLate,
                null,
                null));
    setId(m, id);
    return m;
  }

  private static Operator operator(String siret) {
    Operator o = new Operator(new Operator.Details("Op " + siret, siret, null, false, null, null));
    setId(o, Long.parseLong(siret.substring(8)));
    return o;
  }

  /** Ids normally come from the database sequence; rules compare them. */
  private static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
