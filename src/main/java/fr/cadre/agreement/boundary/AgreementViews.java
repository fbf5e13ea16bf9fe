package fr.cadre.agreement.boundary;

import fr.cadre.agreement.control.Agreements.LotDefinition;
import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.AgreementStatus;
import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Limit;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.kernel.Amount;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.Text;
import fr.cadre.platform.OnCreate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shapes of agreements, lots and price lines; sites have {@link SiteViews}. The inputs'
 * constraints state their shape (lengths as in the database, no control characters, amounts in
 * cents, bounded counts); the rules on agreements, lots and sites (L2125-1, R2162-4, who holds
 * what) are the domain's.
 */
public final class AgreementViews {

  private AgreementViews() {}

  public record AgreementInput(
      @NotNull(groups = OnCreate.class) Long consortiumId,
      @Size(max = 100) @Text String reference,
      @Size(max = 1000) @Text(multiline = true) String object,
      @Size(max = 20) @Text String cpvCode,
      BuyerType buyerType,
      LocalDate procedureLaunchDate,
      LocalDate notificationDate,
      LocalDate startDate,
      @Min(0) @Max(MAX_MONTHS) Integer initialMonths,
      @Min(0) @Max(MAX_MONTHS) Integer renewalCount,
      @Min(0) @Max(MAX_MONTHS) Integer renewalMonths,
      Boolean renewalTacit,
      @Size(max = 2000) @Text(multiline = true) String durationJustification) {

    /**
     * Far above what L2125-1 allows, and low enough that no sum of durations overflows before the
     * domain compares it with the cap.
     */
    static final int MAX_MONTHS = 1200;

    public AgreementTerms terms() {
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

  public record LimitInput(Integer index, @Amount BigDecimal minimum, @Amount BigDecimal maximum) {}

  public record LotInput(
      @NotNull(groups = OnCreate.class) Integer number,
      @Size(max = 300) @Text String label,
      AllocationRule allocationRule,
      @Size(max = 100, message = "{fr.cadre.list.size}") List<@NotNull Long> holderIds,
      @Amount BigDecimal minimum,
      @Amount BigDecimal maximum,
      @Size(max = 100, message = "{fr.cadre.list.size}") List<@NotNull @Valid LimitInput> periods) {

    /**
     * Limits for each period: those listed explicitly, and for the others the lot-wide minimum and
     * maximum when given.
     */
    public LotDefinition definition(FrameworkAgreement agreement) {
      List<Limit> limits = new ArrayList<>();
      List<LimitInput> listed = periods == null ? List.of() : periods;
      for (LimitInput l : listed) {
        limits.add(
            new Limit(
                l.index() == null ? -1 : l.index(), Money.of(l.minimum()), Money.of(l.maximum())));
      }
      if (minimum != null || maximum != null) {
        for (AgreementPeriod p : agreement.periods()) {
          if (listed.stream().noneMatch(l -> l.index() != null && l.index() == p.index())) {
            limits.add(new Limit(p.index(), Money.of(minimum), Money.of(maximum)));
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
      @Size(max = 30) @Text String code,
      @Size(max = 300) @Text String label,
      @Size(max = 50) @Text String unit,
      @Amount BigDecimal unitPrice,
      @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate) {
    public PriceLine.Details details(BigDecimal defaultVatRate) {
      return new PriceLine.Details(
          code, label, unit, unitPrice, vatRate == null ? defaultVatRate : vatRate);
    }
  }
}
