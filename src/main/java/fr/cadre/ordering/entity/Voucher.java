package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A purchase order (bon de commande, R2162-13): a written order to a holder naming which priced
 * services, in which quantity, for which site. Drafts may change; once issued it is numbered,
 * counted against the lot's maximum and never edited: only its status moves, each move recorded.
 * Longer than most classes: it is the aggregate of what a voucher must state (DOMAIN.md) and of
 * each step of its lifecycle, and most of its lines are those fields and their accessors; the
 * ordering member's commitment and the lines are values of their own.
 */
@Entity
@Table(name = "voucher")
public class Voucher {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(length = 20)
  private String number;

  @Column(name = "consortium_id", nullable = false)
  private Long consortiumId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agreement_id")
  private FrameworkAgreement agreement;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Column(name = "period_index")
  private Integer periodIndex;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @ManyToOne(optional = false)
  @JoinColumn(name = "operator_id")
  private Operator holder;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VoucherStatus status = VoucherStatus.DRAFT;

  @Column(nullable = false, length = 1000)
  private String object;

  @Column(name = "execution_start", nullable = false)
  private LocalDate executionStart;

  @Column(name = "execution_end", nullable = false)
  private LocalDate executionEnd;

  @Embedded private Commitment commitment;

  /** How the holder was chosen (allocation rule applied), for the record. */
  @Column(length = 300)
  private String allocation;

  @Column(name = "vat_exempt", nullable = false)
  private boolean vatExempt;

  @Column(name = "total_ht", nullable = false, precision = 15, scale = 2)
  private Money totalHt;

  @Column(name = "total_vat", nullable = false, precision = 15, scale = 2)
  private Money totalVat;

  @Column(name = "total_ttc", nullable = false, precision = 15, scale = 2)
  private Money totalTtc;

  @Column(name = "issue_date")
  private LocalDate issueDate;

  @Column(name = "idempotency_key", length = 100)
  private String idempotencyKey;

  /** The SHA-256 of the request that came with the key (see {@link IdempotencyKey}). */
  @Column(name = "idempotency_fingerprint", length = 64)
  private String idempotencyFingerprint;

  @Column(name = "delivered_ht", precision = 15, scale = 2)
  private Money deliveredHt;

  @Column(name = "invoice_reference", length = 100)
  private String invoiceReference;

  @Column(name = "invoice_amount", precision = 15, scale = 2)
  private Money invoiceAmount;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @Column(name = "cancel_reason", length = 1000)
  private String cancelReason;

  @Column(name = "cancelled_on")
  private LocalDate cancelledOn;

  @ElementCollection
  @CollectionTable(name = "voucher_line", joinColumns = @JoinColumn(name = "voucher_id"))
  @OrderBy("position")
  private List<VoucherLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "voucher", cascade = CascadeType.PERSIST)
  @OrderBy("at")
  private List<VoucherEvent> history = new ArrayList<>();

  @Version private long version;

  protected Voucher() {}

  public Voucher(Order order, String actor) {
    this(order, actor, true);
  }

  /**
   * A voucher from an order. {@code asDraft} is false when it is issued in the same transaction: it
   * was never a draft anyone saw, and its history starts with its issue.
   */
  public Voucher(Order order, String actor, boolean asDraft) {
    this.consortiumId = order.lot().agreement().consortium().id();
    this.agreement = order.lot().agreement();
    this.lot = order.lot();
    this.member = order.member();
    this.holder = order.holder();
    this.site = order.site();
    this.object = order.object();
    this.executionStart = order.executionStart();
    this.executionEnd = order.executionEnd();
    this.commitment = order.commitment().orMembersService(member.chorusServiceCode());
    this.allocation = order.allocation();
    this.vatExempt = holder.vatExempt();
    for (int i = 0; i < order.lines().size(); i++) {
      Order.Line line = order.lines().get(i);
      lines.add(new VoucherLine(i + 1, line.price(), line.quantity(), vatExempt));
    }
    Money ht = lines.stream().map(VoucherLine::lineHt).reduce(Money.ZERO, Money::plus);
    Money vat = lines.stream().map(VoucherLine::lineVat).reduce(Money.ZERO, Money::plus);
    this.totalHt = ht;
    this.totalVat = vat;
    this.totalTtc = ht.plus(vat);
    if (asDraft) {
      history.add(new VoucherEvent(this, null, VoucherStatus.DRAFT, actor, "brouillon créé"));
    }
  }

  /** Numbered, dated and frozen; the caller has already counted it against the limits. */
  public void issue(
      String number, LocalDate on, int period, IdempotencyKey idempotencyKey, String actor) {
    move(VoucherStatus.ISSUED, actor, "émis sous le numéro " + number);
    this.number = number;
    this.issueDate = on;
    this.periodIndex = period;
    if (idempotencyKey != null) {
      this.idempotencyKey = idempotencyKey.key();
      this.idempotencyFingerprint = idempotencyKey.fingerprint();
    }
  }

  /**
   * A retry with this voucher's idempotency key must be the same request; another request with it
   * is refused (422), naming the key. Vouchers issued before fingerprints were kept accept any.
   */
  public void checkSameRequest(IdempotencyKey key) {
    if (idempotencyFingerprint != null && !idempotencyFingerprint.equals(key.fingerprint())) {
      throw DomainException.unprocessable(
          "idempotency-key",
          "la clé Idempotency-Key « "
              + key.key()
              + " » a déjà servi pour une autre requête, qui a émis le bon "
              + number
              + " : une nouvelle requête prend une nouvelle clé");
    }
  }

  public void acknowledge(String actor) {
    move(VoucherStatus.ACKNOWLEDGED, actor, "accusé de réception du titulaire");
  }

  /**
   * Certifies the service done with the delivered quantities per price code (the ordered quantity
   * where none is given); a delivered quantity never exceeds the ordered one.
   */
  public void certifyServiceDone(Map<String, BigDecimal> delivered, String actor) {
    for (String code : delivered.keySet()) {
      if (lines.stream().noneMatch(line -> line.code().equals(code))) {
        throw DomainException.invalid(
            "deliveredQuantities." + code,
            "service-done",
            "le bon " + number + " n'a pas de ligne " + code);
      }
    }
    for (VoucherLine line : lines) {
      BigDecimal q = delivered.getOrDefault(line.code(), line.quantity());
      if (q.signum() < 0 || q.compareTo(line.quantity()) > 0) {
        throw DomainException.invalid(
            "deliveredQuantities." + line.code(),
            "service-done",
            "la quantité livrée de "
                + line.code()
                + " est comprise entre 0 et "
                + line.quantity().stripTrailingZeros().toPlainString());
      }
      line.deliver(q);
    }
    move(VoucherStatus.SERVICE_DONE, actor, "service fait certifié");
    deliveredHt = lines.stream().map(VoucherLine::deliveredHt).reduce(Money.ZERO, Money::plus);
  }

  public void invoice(String reference, Money amount, String actor) {
    move(VoucherStatus.INVOICED, actor, "facture " + reference);
    invoiceReference = reference;
    invoiceAmount = amount;
  }

  public void pay(LocalDate on, String actor) {
    move(VoucherStatus.PAID, actor, "payé le " + FrenchDates.of(on));
    paidOn = on;
  }

  /** Cancels an issued or acknowledged voucher; it keeps its number, its amount is freed. */
  public void cancel(String reason, LocalDate on, String actor) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "required", "une annulation est motivée");
    }
    move(VoucherStatus.CANCELLED, actor, reason);
    cancelReason = reason;
    cancelledOn = on;
  }

  private void move(VoucherStatus to, String actor, String reason) {
    if (!status.next().contains(to)) {
      throw DomainException.conflict(
          "voucher-lifecycle",
          "un bon " + status.french() + " ne peut pas passer à l'état « " + to.french() + " »");
    }
    history.add(new VoucherEvent(this, status, to, actor, reason));
    status = to;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Long consortiumId() {
    return consortiumId;
  }

  public FrameworkAgreement agreement() {
    return agreement;
  }

  public Lot lot() {
    return lot;
  }

  public Integer periodIndex() {
    return periodIndex;
  }

  public Member member() {
    return member;
  }

  public Operator holder() {
    return holder;
  }

  public Site site() {
    return site;
  }

  public VoucherStatus status() {
    return status;
  }

  public String object() {
    return object;
  }

  public LocalDate executionStart() {
    return executionStart;
  }

  public LocalDate executionEnd() {
    return executionEnd;
  }

  public Commitment commitment() {
    return commitment;
  }

  public String allocation() {
    return allocation;
  }

  public boolean vatExempt() {
    return vatExempt;
  }

  public Money totalHt() {
    return totalHt;
  }

  public Money totalVat() {
    return totalVat;
  }

  public Money totalTtc() {
    return totalTtc;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  public Money deliveredHt() {
    return deliveredHt;
  }

  public String invoiceReference() {
    return invoiceReference;
  }

  public Money invoiceAmount() {
    return invoiceAmount;
  }

  public LocalDate paidOn() {
    return paidOn;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public LocalDate cancelledOn() {
    return cancelledOn;
  }

  public List<VoucherLine> lines() {
    return List.copyOf(lines);
  }

  public List<VoucherEvent> history() {
    return List.copyOf(history);
  }
}
