package fr.cadre.pages.ordering;

import fr.cadre.ordering.control.Issued;
import fr.cadre.pages.FormErrors;

/**
 * The totals panel of the issuing form: the previewed voucher (lines, HT, VAT, TTC, holder, the
 * headroom left after it, warnings) or why it cannot be issued as it stands.
 */
public record Totals(Issued preview, FormErrors refusals) {

  static Totals of(Issued preview) {
    return new Totals(preview, new FormErrors());
  }

  static Totals refused(FormErrors refusals) {
    return new Totals(null, refusals);
  }

  static Totals none() {
    return new Totals(null, new FormErrors());
  }
}
