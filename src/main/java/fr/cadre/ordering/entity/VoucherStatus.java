package fr.cadre.ordering.entity;

import fr.cadre.kernel.DomainException;
import java.util.Set;

/**
 * A voucher's lifecycle; each status names the ones it may move to. Service done may come in
 * several parts and invoices several per voucher, each recorded while the status stays; paid once
 * nothing is left to deliver (all delivered or closed) and everything certified is invoiced and
 * paid.
 */
public enum VoucherStatus {
  DRAFT("brouillon"),
  ISSUED("émis"),
  ACKNOWLEDGED("accusé de réception"),
  SERVICE_DONE("service fait"),
  INVOICED("facturé"),
  PAID("payé"),
  CANCELLED("annulé");

  private final String french;

  VoucherStatus(String french) {
    this.french = french;
  }

  public String french() {
    return french;
  }

  public Set<VoucherStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(ISSUED);
      case ISSUED -> Set.of(ACKNOWLEDGED, SERVICE_DONE, CANCELLED);
      case ACKNOWLEDGED -> Set.of(SERVICE_DONE, CANCELLED);
      case SERVICE_DONE -> Set.of(SERVICE_DONE, INVOICED);
      case INVOICED -> Set.of(INVOICED, PAID);
      case PAID, CANCELLED -> Set.of();
    };
  }

  /** Counted against the lot's maximum: issued and not cancelled. */
  public boolean consumesBudget() {
    return this != DRAFT && this != CANCELLED;
  }

  /** The refusal of a move this status does not lead to (409, rule voucher-lifecycle). */
  DomainException cannotMoveTo(VoucherStatus to) {
    return DomainException.conflict(
        "voucher-lifecycle",
        "un bon " + french + " ne peut pas passer à l'état « " + to.french() + " »");
  }
}
