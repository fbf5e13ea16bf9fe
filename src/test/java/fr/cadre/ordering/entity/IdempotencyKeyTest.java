package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.control.OrderRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Idempotency-Key: a retry gets the first voucher, another request with the key is refused")
class IdempotencyKeyTest {

  private static OrderRequest request(String object, String quantity) {
    return new OrderRequest(
        1L,
        null,
        2L,
        null,
        object,
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 31),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(new OrderRequest.Line("H-JOUR", new BigDecimal(quantity))));
  }

  private static IdempotencyKey key(OrderRequest request) {
    return IdempotencyKey.of("k-1", request.canonical());
  }

  @Test
  void theSameRequestHasTheSameFingerprintWhateverTheWritingOfItsQuantities() {
    assertThat(key(request("Médiation", "2")).fingerprint())
        .isEqualTo(key(request("Médiation", "2.00")).fingerprint())
        .hasSize(64);
    assertThat(key(request("Médiation", "2")).fingerprint())
        .isNotEqualTo(key(request("Médiation", "3")).fingerprint())
        .isNotEqualTo(key(request("Médiation ", "2")).fingerprint());
  }

  @Test
  void fieldsCannotShiftIntoEachOther() {
    OrderRequest a = request("a|b", "2");
    OrderRequest b = request("a", "2");
    assertThat(a.canonical()).isNotEqualTo(b.canonical());
  }

  @Test
  void aVoucherRefusesAnotherRequestWithItsKeyAndNamesTheKey() {
    Scheme scheme = new Scheme();
    Voucher voucher =
        new Voucher(scheme.order(scheme.landlord, scheme.site, scheme.holder, "2"), "agent");
    voucher.issue(
        "2026-000001", LocalDate.of(2026, 12, 1), 0, key(request("Médiation", "2")), "agent");
    assertThatCode(() -> voucher.checkSameRequest(key(request("Médiation", "2.0"))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> voucher.checkSameRequest(key(request("Médiation", "5"))))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("la clé Idempotency-Key « k-1 » a déjà servi pour une autre requête")
        .satisfies(
            e ->
                assertThat(((DomainException) e).kind())
                    .isEqualTo(DomainException.Kind.UNPROCESSABLE));
  }
}
