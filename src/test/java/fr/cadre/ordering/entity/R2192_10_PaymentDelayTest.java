package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.MemberDetails;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "R2192-10/11/12: 30 days for the State, local authorities and OPHs, 60 for SA d'HLM, from the receipt or the later service done; configurable per member")
class R2192_10_PaymentDelayTest {

  private static Member member(LegalForm form) {
    return new Member(
        new Consortium("G", "CC", LocalDate.of(2021, 3, 1)),
        new MemberDetails(
            "M",
            "27138133008992",
            null,
            BuyerType.POUVOIR_ADJUDICATEUR,
            form,
            null,
            null,
            true,
            false,
            null,
            null));
  }

  @Test
  void theLegalFormSetsTheDelayUnlessTheMemberSetItsOwn() {
    MemberFinance none = MemberFinance.defaults(1);
    assertThat(none.paymentDelayDays(member(LegalForm.STATE))).isEqualTo(30);
    assertThat(none.paymentDelayDays(member(LegalForm.LOCAL_AUTHORITY))).isEqualTo(30);
    assertThat(none.paymentDelayDays(member(LegalForm.OPH))).isEqualTo(30);
    assertThat(none.paymentDelayDays(member(LegalForm.SA_HLM))).isEqualTo(60);
    MemberFinance own = new MemberFinance(2);
    own.revise(45, null, null);
    assertThat(own.paymentDelayDays(member(LegalForm.SA_HLM))).isEqualTo(45);
    assertThatThrownBy(() -> own.revise(61, null, null)).hasMessageContaining("entre 1 et 60");
  }

  @Test
  void theClockRunsFromTheReceiptOrFromTheServiceDoneWhenThatComesLater() {
    PaymentClock received =
        PaymentClock.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 3), 30);
    assertThat(received.start()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(received.dueOn()).isEqualTo(LocalDate.of(2025, 4, 9));
    PaymentClock done = PaymentClock.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20), 60);
    assertThat(done.dueOn()).isEqualTo(LocalDate.of(2025, 5, 19));
  }

  @Test
  void eachUnpaidInvoiceShowsItsDaysLeftAndAPaymentItsDaysLate() {
    PaymentClock clock = PaymentClock.of(LocalDate.of(2025, 3, 10), null, 30);
    assertThat(clock.daysLeft(LocalDate.of(2025, 4, 1))).isEqualTo(8);
    assertThat(clock.daysLeft(LocalDate.of(2025, 4, 12))).isEqualTo(-3);
    assertThat(clock.daysLate(LocalDate.of(2025, 4, 9))).isZero();
    assertThat(clock.daysLate(LocalDate.of(2025, 5, 19))).isEqualTo(40);
  }
}
