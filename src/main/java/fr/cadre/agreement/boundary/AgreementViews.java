package fr.cadre.agreement.boundary;

import fr.cadre.agreement.control.Agreements.LotDefinition;
import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.AgreementStatus;
import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON shapes of agreements, lots and price lines; sites have {@link SiteViews}. */
public final class AgreementViews {

  private AgreementViews() {}

  public record AgreementInput(
      Long consortiumId,
      String reference,
      String object,
      String cpvCode,
      BuyerType buyerType,
      LocalDate procedureLaunchDate,
      LocalDate notificationDate,
      LocalDate startDate,
      Integer initialMonths,
      Integer renewalCount,
      Integer renewalMonths,
      Boolean renewalTacit,
      String durationJustification) {
    AgreementTerms terms() {
      return new AgreementTerms(
          reference,
          object,
          cpvCode,
          buyerType,
          procedureLaunchDate,
          notificationDate,
          startDate,
          initialMonths == null ? 0 : initialMonths,
          renewalCount == null ? 0 : renewalCount,
          renewalMonths == null ? 0 : renewalMonths,
          renewalTacit == null || renewalTacit,
          durationJustification);
    }
  }

  public record PeriodView(int index, String label, LocalDate start, LocalDate end) {
    static PeriodView of(AgreementPeriod p) {
      return new PeriodView(p.index(), p.label(), p.start(), p.end());
    }
  }

  public record LotSummary(long id, int number, String label, boolean active) {}

  public record AgreementView(
      long id,
      long consortiumId,
      String reference,
      String object,
      String cpvCode,
      BuyerType buyerType,
      LocalDate procedureLaunchDate,
      LocalDate notificationDate,
      LocalDate startDate,
      int initialMonths,
      int renewalCount,
      int renewalMonths,
      boolean renewalTacit,
      String durationJustification,
      int totalMonths,
      LocalDate end,
      LocalDate terminatedOn,
      AgreementStatus status,
      boolean maximumRequired,
      List<PeriodView> periods,
      List<LotSummary> lots) {
    static AgreementView of(FrameworkAgreement a) {
      AgreementTerms t = a.terms();
      return new AgreementView(
          a.id(),
          a.consortium().id(),
          t.reference(),
          t.object(),
          t.cpvCode(),
          t.buyerType(),
          t.procedureLaunchDate(),
          t.notificationDate(),
          t.startDate(),
          t.initialMonths(),
          t.renewalCount(),
          t.renewalMonths(),
          t.renewalTacit(),
          t.durationJustification(),
          t.totalMonths(),
          a.end(),
          a.terminatedOn(),
          a.statusOn(LocalDate.now()),
          a.requiresMaximum(),
          a.periods().stream().map(PeriodView::of).toList(),
          a.lots().stream()
              .map(l -> new LotSummary(l.id(), l.number(), l.label(), l.active()))
              .toList());
    }
  }

  public record LimitInput(Integer index, BigDecimal minimum, BigDecimal maximum) {}

  public record LotInput(
      Integer number,
      String label,
      AllocationRule allocationRule,
      List<Long> holderIds,
      BigDecimal minimum,
      BigDecimal maximum,
      List<LimitInput> periods) {

    /**
     * Limits for each period: those listed explicitly, and for the others the lot-wide minimum and
     * maximum when given.
     */
    LotDefinition definition(FrameworkAgreement agreement) {
      List<Lot.Limit> limits = new ArrayList<>();
      List<LimitInput> listed = periods == null ? List.of() : periods;
      for (LimitInput l : listed) {
        limits.add(
            new Lot.Limit(
                l.index() == null ? -1 : l.index(), Money.of(l.minimum()), Money.of(l.maximum())));
      }
      if (minimum != null || maximum != null) {
        for (AgreementPeriod p : agreement.periods()) {
          if (listed.stream().noneMatch(l -> l.index() != null && l.index() == p.index())) {
            limits.add(new Lot.Limit(p.index(), Money.of(minimum), Money.of(maximum)));
          }
        }
      }
      return new LotDefinition(
          label, allocationRule, holderIds == null ? List.of() : holderIds, limits);
    }
  }

  public record HolderView(
      long operatorId, String name, String siret, boolean vatExempt, int rank) {}

  public record LotPeriodView(
      int index,
      String label,
      LocalDate start,
      LocalDate end,
      BigDecimal minimum,
      BigDecimal maximum,
      BigDecimal consumed,
      BigDecimal headroom,
      boolean exhausted) {}

  public record PriceLineView(
      long id,
      long lotId,
      String code,
      String label,
      String unit,
      BigDecimal unitPrice,
      BigDecimal vatRate,
      boolean active) {
    static PriceLineView of(PriceLine p) {
      return new PriceLineView(
          p.id(),
          p.lot().id(),
          p.code(),
          p.label(),
          p.unit(),
          p.unitPrice().amount(),
          p.vatRate().percent(),
          p.active());
    }
  }

  public record LotView(
      long id,
      long agreementId,
      int number,
      String label,
      AllocationRule allocationRule,
      boolean active,
      List<HolderView> holders,
      List<LotPeriodView> periods,
      List<PriceLineView> priceLines) {
    static LotView of(Lot lot) {
      List<LotPeriodView> periods = new ArrayList<>();
      for (AgreementPeriod p : lot.agreement().periods()) {
        Optional<LotPeriod> limits = lot.period(p.index());
        periods.add(
            new LotPeriodView(
                p.index(),
                p.label(),
                p.start(),
                p.end(),
                limits.map(LotPeriod::minimum).map(Money::amount).orElse(null),
                limits.map(LotPeriod::maximum).map(Money::amount).orElse(null),
                limits
                    .map(LotPeriod::consumed)
                    .map(Money::amount)
                    .orElse(BigDecimal.ZERO.setScale(2)),
                limits.flatMap(LotPeriod::headroom).map(Money::amount).orElse(null),
                limits.map(LotPeriod::isExhausted).orElse(false)));
      }
      return new LotView(
          lot.id(),
          lot.agreement().id(),
          lot.number(),
          lot.label(),
          lot.allocationRule(),
          lot.active(),
          lot.holders().stream()
              .map(
                  h ->
                      new HolderView(
                          h.operator().id(),
                          h.operator().name(),
                          h.operator().siret().value(),
                          h.operator().vatExempt(),
                          h.rank()))
              .toList(),
          periods,
          lot.priceLines().stream().map(PriceLineView::of).toList());
    }
  }

  public record PriceLineInput(
      String code, String label, String unit, BigDecimal unitPrice, BigDecimal vatRate) {
    PriceLine.Details details(BigDecimal defaultVatRate) {
      return new PriceLine.Details(
          code, label, unit, unitPrice, vatRate == null ? defaultVatRate : vatRate);
    }
  }
}
