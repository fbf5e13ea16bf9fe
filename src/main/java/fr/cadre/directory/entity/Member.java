package fr.cadre.directory.entity;

import fr.cadre.kernel.Money;
import fr.cadre.kernel.ReferenceData;
import fr.cadre.kernel.Siret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * One buyer of the consortium (membre): a State service, the city, a social landlord. Orders and
 * pays its own share. Only members named as ordering parties of the agreement may issue vouchers
 * (R2162-6); a member that joined after the procedure cannot.
 */
@ReferenceData
@Entity
@Table(name = "member")
@NamedQuery(
    name = "Member.byConsortium",
    query = "SELECT m FROM Member m WHERE m.consortium.id = :consortium ORDER BY m.name")
@NamedQuery(
    name = "Member.bySiret",
    query = "SELECT m FROM Member m WHERE m.consortium.id = :consortium AND m.siret = :siret")
public class Member {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consortium_id")
  private Consortium consortium;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 14)
  private Siret siret;

  @Column(length = 400)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "buyer_type", nullable = false, length = 30)
  private BuyerType buyerType;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", nullable = false, length = 30)
  private LegalForm legalForm;

  @Enumerated(EnumType.STRING)
  @Column(name = "accounting_regime", nullable = false, length = 20)
  private AccountingRegime accountingRegime;

  @Column(name = "chorus_service_code", length = 100)
  private String chorusServiceCode;

  @Column(name = "may_order", nullable = false)
  private boolean mayOrder;

  @Column(name = "joined_after_procedure", nullable = false)
  private boolean joinedAfterProcedure;

  @Column(name = "share_amount", precision = 15, scale = 2)
  private Money shareAmount;

  @Column(name = "share_percent", precision = 7, scale = 4)
  private BigDecimal sharePercent;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Member() {}

  public Member(Consortium consortium, MemberDetails details) {
    this.consortium = consortium;
    revise(details);
  }

  public final void revise(MemberDetails d) {
    this.name = d.name();
    this.siret = new Siret(d.siret());
    this.address = d.address();
    this.buyerType = d.buyerType() == null ? BuyerType.POUVOIR_ADJUDICATEUR : d.buyerType();
    this.legalForm = d.legalForm();
    this.accountingRegime =
        d.accountingRegime() == null ? d.legalForm().defaultRegime() : d.accountingRegime();
    this.chorusServiceCode = d.chorusServiceCode();
    this.mayOrder = d.mayOrder();
    this.joinedAfterProcedure = d.joinedAfterProcedure();
    this.shareAmount = Money.of(d.shareAmount());
    this.sharePercent = d.sharePercent();
  }

  /** Whether this is that member: a member is known by its SIRET within its consortium. */
  public boolean is(Member other) {
    return this == other || (siret.equals(other.siret) && consortium.is(other.consortium));
  }

  /** Ordering parties are named in the agreement: joining later gives no right to order. */
  public boolean mayIssueVouchers() {
    return active && mayOrder && !joinedAfterProcedure;
  }

  /**
   * The member's share for one period under the constitutive agreement: a fixed amount, or a
   * percentage of what the agreement's lots allow in that period (asked for only when needed);
   * empty when the constitutive agreement sets none.
   */
  public java.util.Optional<Money> shareOf(java.util.function.Supplier<Money> periodMaximum) {
    if (shareAmount != null) {
      return java.util.Optional.of(shareAmount);
    }
    if (sharePercent != null) {
      Money maximum = periodMaximum.get();
      if (maximum != null) {
        return java.util.Optional.of(maximum.times(sharePercent.divide(BigDecimal.valueOf(100))));
      }
    }
    return java.util.Optional.empty();
  }

  public void deactivate() {
    active = false;
  }

  public int paymentDelayDays() {
    return legalForm.paymentDelayDays();
  }

  public Long id() {
    return id;
  }

  public Consortium consortium() {
    return consortium;
  }

  public String name() {
    return name;
  }

  public Siret siret() {
    return siret;
  }

  public String address() {
    return address;
  }

  public BuyerType buyerType() {
    return buyerType;
  }

  public LegalForm legalForm() {
    return legalForm;
  }

  public AccountingRegime accountingRegime() {
    return accountingRegime;
  }

  public String chorusServiceCode() {
    return chorusServiceCode;
  }

  public boolean mayOrder() {
    return mayOrder;
  }

  public boolean joinedAfterProcedure() {
    return joinedAfterProcedure;
  }

  public Money shareAmount() {
    return shareAmount;
  }

  public BigDecimal sharePercent() {
    return sharePercent;
  }

  public boolean active() {
    return active;
  }

  public MemberDetails details() {
    return new MemberDetails(
        name,
        siret.value(),
        address,
        buyerType,
        legalForm,
        accountingRegime,
        chorusServiceCode,
        mayOrder,
        joinedAfterProcedure,
        shareAmount == null ? null : shareAmount.amount(),
        sharePercent);
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
