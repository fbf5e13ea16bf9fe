package fr.cadre.ordering.control;

import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.Voucher;
import java.util.List;

/**
 * An issued (or previewed) voucher with the headroom left and the warnings to show; {@code
 * issuedNow} when this call issued it (not a preview, nor a voucher issued before).
 */
public record Issued(
    Voucher voucher, Money headroomAfter, List<String> warnings, boolean issuedNow) {

  /** A voucher issued before this call, by an earlier request. */
  static Issued earlier(Voucher voucher, List<String> warnings) {
    return new Issued(voucher, null, warnings, false);
  }
}
