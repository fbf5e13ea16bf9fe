package fr.cadre.ordering.entity;

import fr.cadre.kernel.Money;

/**
 * A voucher written and numbered in the issuing transaction, as {@link VouchersIssued} tells it.
 * {@code headroomAfter} is what the lot's maximum leaves after this voucher (null: none).
 */
public record VoucherIssued(Voucher voucher, Money headroomAfter) {}
