package fr.cadre.ordering.entity;

import fr.cadre.kernel.Money;

/**
 * Fired in the issuing transaction once the voucher is written and numbered: observers that keep
 * something in step with issues (the frozen document) do it in the same transaction, or not at all.
 * {@code headroomAfter} is what the lot's maximum leaves after this voucher (null: none).
 */
public record VoucherIssued(Voucher voucher, Money headroomAfter) {}
