package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.AllocationRule.Allocation;
import fr.cadre.kernel.DomainException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Allocation between several holders: cascade by rank, or the holder fixed for the site")
class HolderAllocationTest {

  @Test
  void aCascadeGoesToTheFirstInRank() {
    Scheme scheme = new Scheme(AllocationRule.CASCADE);
    Allocation allocation = scheme.lot.allocate(scheme.lot.holders(), "S01", null, null);
    assertThat(allocation.holder().siret()).isEqualTo(scheme.holder.siret());
    assertThat(allocation.note()).isEqualTo("cascade : titulaire de rang 1");
  }

  @Test
  void inACascadeTheOfficerMayNameTheNextHolderAfterARefusal() {
    Scheme scheme = new Scheme(AllocationRule.CASCADE);
    Allocation allocation = scheme.lot.allocate(scheme.lot.holders(), "S01", null, scheme.second);
    assertThat(allocation.holder().siret()).isEqualTo(scheme.second.siret());
    assertThat(allocation.note()).isEqualTo("cascade : titulaire désigné par l'acheteur");
  }

  @Test
  void aSiteWithItsOwnHolderGoesToItAndToNoOther() {
    Scheme scheme = new Scheme(AllocationRule.FIXED_PER_SITE);
    Allocation allocation = scheme.lot.allocate(scheme.lot.holders(), "S01", scheme.second, null);
    assertThat(allocation.holder().siret()).isEqualTo(scheme.second.siret());
    assertThat(allocation.note()).isEqualTo("titulaire fixé pour le site");
    assertThatThrownBy(
            () -> scheme.lot.allocate(scheme.lot.holders(), "S01", scheme.second, scheme.holder))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("le site S01 est attribué à Médiation Urbaine Provence");
  }

  @Test
  void aLotWithoutHolderCannotBeOrderedFrom() {
    Scheme scheme = new Scheme();
    assertThatThrownBy(() -> scheme.lot.allocate(List.of(), "S01", null, null))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("le lot 1 n'a pas de titulaire");
  }
}
