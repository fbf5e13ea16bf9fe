package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "R2162-6: only ordering members, for their own sites (or the coordinator for all), to a holder of the lot")
class R2162_6_WhoOrdersTest {

  private final Scheme scheme = new Scheme();

  @Test
  void theSitesOwnMemberOrdersFromTheLotsHolder() {
    Order order = scheme.order(scheme.landlord, scheme.site, scheme.holder, "2");
    assertThatCode(() -> order.checkWhoOrders(OrderingPolicy.DEFAULT)).doesNotThrowAnyException();
  }

  @Test
  void anotherMemberCannotOrderForTheSite() {
    Order order = scheme.order(scheme.city, scheme.site, scheme.holder, "2");
    assertThatThrownBy(() -> order.checkWhoOrders(OrderingPolicy.DEFAULT))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining(
            "le site S01 relève de Office Phocéen de l'Habitat, qui seul commande");
  }

  @Test
  void theCoordinatorOrdersForAllUnlessConfiguredOtherwise() {
    scheme.consortium.appointCoordinator(scheme.city);
    Order order = scheme.order(scheme.city, scheme.site, scheme.holder, "2");
    assertThatCode(() -> order.checkWhoOrders(OrderingPolicy.DEFAULT)).doesNotThrowAnyException();
    OrderingPolicy ownSitesOnly = new OrderingPolicy(false, 90, List.of(80, 95), 2, Map.of());
    assertThatThrownBy(() -> order.checkWhoOrders(ownSitesOnly))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("qui seul commande");
  }

  @Test
  void aMemberThatJoinedAfterTheProcedureCannotOrder() {
    Member late = scheme.member("Famille et Cité SA d'HLM", "57216713318743", true);
    Site its = scheme.site("S02", late);
    Order order = scheme.order(late, its, scheme.holder, "2");
    assertThatThrownBy(() -> order.checkWhoOrders(OrderingPolicy.DEFAULT))
        .hasMessageContaining(
            "Famille et Cité SA d'HLM a rejoint le groupement après la procédure");
  }

  @Test
  void onlyAHolderOfTheLotReceivesTheVoucher() {
    Order order = scheme.order(scheme.landlord, scheme.site, scheme.stranger, "2");
    assertThatThrownBy(() -> order.checkWhoOrders(OrderingPolicy.DEFAULT))
        .hasMessageContaining("Autre opérateur n'est pas titulaire du lot 1");
  }

  @Test
  void aMemberOfAnotherConsortiumCannotOrder() {
    Scheme another = new Scheme();
    another.consortium.revise("Autre groupement", "CC2", LocalDate.of(2021, 1, 1));
    Order order = scheme.order(another.landlord, scheme.site, scheme.holder, "2");
    assertThatThrownBy(() -> order.checkWhoOrders(OrderingPolicy.DEFAULT))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::message)
                    .contains(
                        "R2162-6 : Office Phocéen de l'Habitat n'est pas membre du groupement de l'accord-cadre"));
  }

  @Test
  void anExecutionThatEndsBeforeItStartsIsRefused() {
    Order order =
        scheme.order(
            scheme.landlord,
            scheme.site,
            scheme.holder,
            "2",
            LocalDate.of(2022, 3, 31),
            LocalDate.of(2022, 3, 1));
    assertThatThrownBy(() -> order.checkWhoOrders(OrderingPolicy.DEFAULT))
        .hasMessageContaining("l'exécution se termine après avoir commencé");
  }
}
