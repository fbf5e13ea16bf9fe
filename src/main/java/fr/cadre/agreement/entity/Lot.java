package fr.cadre.agreement.entity;

import fr.cadre.agreement.entity.AllocationRule.Allocation;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.ReferenceData;
import fr.cadre.kernel.Violations;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A part of the agreement awarded separately (for Marseille, a geographic sector): its holders, its
 * limits per period and its price schedule. Its limits are checked by {@link Limit} (R2162-4) and
 * the holder a voucher goes to is chosen by its {@link AllocationRule}; which price line an order
 * names is its own rule.
 */
@ReferenceData
@Entity
@Table(name = "lot")
public class Lot {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agreement_id")
  private FrameworkAgreement agreement;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 300)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "allocation_rule", nullable = false, length = 20)
  private AllocationRule allocationRule = AllocationRule.FIXED_PER_SITE;

  @ElementCollection
  @CollectionTable(name = "lot_holder", joinColumns = @JoinColumn(name = "lot_id"))
  private List<Holder> holders = new ArrayList<>();

  @OneToMany(mappedBy = "lot", cascade = CascadeType.ALL)
  @OrderBy("periodIndex")
  private List<LotPeriod> periods = new ArrayList<>();

  @OneToMany(mappedBy = "lot", cascade = CascadeType.ALL)
  @OrderBy("code")
  private List<PriceLine> priceLines = new ArrayList<>();

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Lot() {}

  public Lot(FrameworkAgreement agreement, int number) {
    this.agreement = agreement;
    this.number = number;
    agreement.add(this);
  }

  /**
   * Sets the label, holders and limits after checking them against the agreement: a minimum never
   * exceeds its maximum, and a maximum is mandatory for procedures launched from 2022 (R2162-4).
   */
  public void define(
      String label, AllocationRule rule, List<Operator> rankedHolders, List<Limit> limits) {
    Violations v = new Violations();
    Limit.check(agreement, limits, v);
    checkDefinition(label, rankedHolders, v);
    v.throwIfAny();
    this.label = label;
    this.allocationRule = rule == null ? AllocationRule.FIXED_PER_SITE : rule;
    holders.clear();
    for (int i = 0; i < rankedHolders.size(); i++) {
      holders.add(new Holder(rankedHolders.get(i), i + 1));
    }
    for (Limit limit : limits) {
      Optional<LotPeriod> existing = period(limit.periodIndex());
      if (existing.isPresent()) {
        existing.get().setLimits(limit.minimum(), limit.maximum());
      } else {
        periods.add(new LotPeriod(this, limit.periodIndex(), limit.minimum(), limit.maximum()));
      }
    }
  }

  /** A lot is numbered from 1. */
  public static Violations checkNumber(int number, Violations v) {
    return v.check(number > 0, "number", "positive", () -> "un numéro de lot est positif");
  }

  /**
   * A lot has a label and is awarded to at least one holder, each at one rank only: a holder ranked
   * twice would make the cascade offer it twice (and a lot holds each holder once).
   */
  public static Violations checkDefinition(String label, List<?> rankedHolders, Violations v) {
    v.required("label", label);
    v.check(
        !rankedHolders.isEmpty(),
        "holders",
        "holder",
        () -> "un lot est attribué à au moins un titulaire");
    return v.check(
        new java.util.HashSet<>(rankedHolders).size() == rankedHolders.size(),
        "holders",
        "holder-ranked-once",
        () -> "un titulaire ne figure qu'à un seul rang du lot");
  }

  public PriceLine addPriceLine(PriceLine.Details details) {
    if (priceLine(details.code()).isPresent()) {
      throw DomainException.conflict(
          "duplicate-price-code",
          "le lot " + number + " a déjà une ligne de prix " + details.code());
    }
    PriceLine line = new PriceLine(this, details);
    priceLines.add(line);
    return line;
  }

  public Optional<PriceLine> priceLine(String code) {
    return priceLines.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Which holder receives a voucher for a site, by this lot's allocation rule (see {@link
   * AllocationRule#allocate}).
   */
  public Allocation allocate(
      List<Holder> rankedHolders, String siteCode, Operator siteHolder, Operator requested) {
    return allocationRule.allocate(number, rankedHolders, siteCode, siteHolder, requested);
  }

  /**
   * The schedule's line an order names by its code, among this lot's active lines as read for the
   * order; refused when the schedule has none.
   */
  public PriceLine priceFor(String code, Map<String, PriceLine> activeLines, String field) {
    PriceLine line = code == null ? null : activeLines.get(code);
    if (line == null || !line.lot().is(this)) {
      throw DomainException.invalid(
          field, "price-schedule", "le bordereau du lot " + number + " n'a pas de ligne " + code);
    }
    return line;
  }

  /** Whether this is that lot: a lot is known by its agreement and its number. */
  public boolean is(Lot other) {
    return this == other
        || (number == other.number && agreement.reference().equals(other.agreement.reference()));
  }

  public Optional<LotPeriod> period(int index) {
    return periods.stream().filter(p -> p.periodIndex() == index).findFirst();
  }

  public boolean isExhaustedIn(int periodIndex) {
    return period(periodIndex).map(LotPeriod::isExhausted).orElse(false);
  }

  public boolean isHeldBy(Operator operator) {
    return holders.stream().anyMatch(h -> h.is(operator));
  }

  public List<Holder> holders() {
    return holders.stream().sorted(Comparator.comparingInt(Holder::rank)).toList();
  }

  public void deactivate() {
    active = false;
  }

  public Long id() {
    return id;
  }

  public FrameworkAgreement agreement() {
    return agreement;
  }

  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  public AllocationRule allocationRule() {
    return allocationRule;
  }

  public List<LotPeriod> periods() {
    return List.copyOf(periods);
  }

  public List<PriceLine> priceLines() {
    return List.copyOf(priceLines);
  }

  public boolean active() {
    return active;
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
