package fr.cadre.ordering.entity;

import fr.cadre.platform.NewRows;
import java.util.List;

/**
 * Fired once per issuing transaction with every voucher it issued, a batch's or one alone. An
 * observer that keeps something in step with issues (the frozen documents) adds its new rows to
 * {@code rows}, which the issue writes with its vouchers' in one go, in the same transaction.
 */
public record VouchersIssued(List<VoucherIssued> vouchers, NewRows rows) {}
