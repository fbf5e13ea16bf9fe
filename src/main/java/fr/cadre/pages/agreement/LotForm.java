package fr.cadre.pages.agreement;

import fr.cadre.agreement.boundary.AgreementViews.LimitInput;
import fr.cadre.agreement.boundary.AgreementViews.LotInput;
import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lot's form: its label, allocation rule, holders by rank ({@code holder-1}, {@code holder-2}…)
 * and, for every period of its agreement, a minimum and a maximum ({@code min-0}, {@code max-0}…),
 * read into the API's {@link LotInput} with one limit per period, in the agreement's order, so that
 * the domain's {@code periods[i]} names the period's own fields.
 */
final class LotForm {

  private static final Pattern LIMIT = Pattern.compile("periods\\[(\\d+)]\\.(minimum|maximum)");

  private LotForm() {}

  /** How many holder lists the form offers: one more than the lot has, three at least. */
  static int holderSlots(Lot lot) {
    return Math.max(3, lot.holders().size() + 1);
  }

  static TypedForm of(Lot lot) {
    List<Object> pairs = new ArrayList<>(List.of("label", lot.label()));
    pairs.add("allocationRule");
    pairs.add(lot.allocationRule());
    List<Holder> holders =
        lot.holders().stream().sorted(Comparator.comparingInt(Holder::rank)).toList();
    for (int i = 0; i < holders.size(); i++) {
      pairs.add("holder-" + (i + 1));
      pairs.add(holders.get(i).operator().id());
    }
    for (AgreementPeriod p : lot.agreement().periods()) {
      Optional<LotPeriod> limits = lot.period(p.index());
      pairs.add("min-" + p.index());
      pairs.add(limits.map(LotPeriod::minimum).map(m -> m.amount()).orElse(null));
      pairs.add("max-" + p.index());
      pairs.add(limits.map(LotPeriod::maximum).map(m -> m.amount()).orElse(null));
    }
    return TypedForm.shown(pairs.toArray());
  }

  /** The lot as typed; the lot's own rules (a holder at one rank only) check it. */
  static LotInput input(
      TypedForm form, FrameworkAgreement agreement, int slots, Texts texts, FormErrors errors) {
    List<Long> holders = new ArrayList<>();
    for (int rank = 1; rank <= slots; rank++) {
      Long id = form.id("holder-" + rank, errors);
      if (id != null) {
        holders.add(id);
      }
    }
    List<LimitInput> limits = new ArrayList<>();
    for (AgreementPeriod p : agreement.periods()) {
      limits.add(
          new LimitInput(
              p.index(),
              form.number("min-" + p.index(), errors),
              form.number("max-" + p.index(), errors)));
    }
    return new LotInput(
        null,
        form.text("label"),
        form.choice("allocationRule", AllocationRule.class, errors),
        holders,
        null,
        null,
        limits);
  }

  /** Where the domain's and the constraints' fields are on the form. */
  static UnaryOperator<String> fields(FrameworkAgreement agreement) {
    List<AgreementPeriod> periods = agreement.periods();
    return field -> {
      if (field == null) {
        return null;
      }
      if (field.equals("label") || field.equals("allocationRule")) {
        return field;
      }
      if (field.equals("holders") || field.startsWith("holderIds")) {
        return "holder-1";
      }
      Matcher m = LIMIT.matcher(field);
      if (m.matches() && Integer.parseInt(m.group(1)) < periods.size()) {
        int index = periods.get(Integer.parseInt(m.group(1))).index();
        return (m.group(2).equals("minimum") ? "min-" : "max-") + index;
      }
      return null;
    };
  }
}
