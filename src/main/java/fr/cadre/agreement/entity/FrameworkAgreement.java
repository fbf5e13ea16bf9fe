package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.ReferenceData;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The framework agreement (accord-cadre): it fixes every term, so it is executed by vouchers
 * without new competition (R2162-2, R2162-13). It runs for an initial period and optional renewals
 * (R2112-4); its total duration is capped by L2125-1. Just over 300 lines: when vouchers may be
 * issued on it (R2162-5) and when its terms may be revised (R2194-1) are its own rules, kept here.
 */
@ReferenceData
@Entity
@Table(name = "agreement")
@NamedQuery(
    name = "Agreement.all",
    query = "SELECT a FROM FrameworkAgreement a ORDER BY a.reference")
@NamedQuery(
    name = "Agreement.byReference",
    query = "SELECT a FROM FrameworkAgreement a WHERE a.reference = :reference")
public class FrameworkAgreement {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consortium_id")
  private Consortium consortium;

  @Column(nullable = false, length = 100, unique = true)
  private String reference;

  @Column(nullable = false, length = 1000)
  private String object;

  @Column(name = "cpv_code", length = 20)
  private String cpvCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "buyer_type", nullable = false, length = 30)
  private BuyerType buyerType;

  @Column(name = "procedure_launch_date", nullable = false)
  private LocalDate procedureLaunchDate;

  @Column(name = "notification_date")
  private LocalDate notificationDate;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "initial_months", nullable = false)
  private int initialMonths;

  @Column(name = "renewal_count", nullable = false)
  private int renewalCount;

  @Column(name = "renewal_months", nullable = false)
  private int renewalMonths;

  @Column(name = "renewal_tacit", nullable = false)
  private boolean renewalTacit = true;

  @Column(name = "duration_justification", length = 2000)
  private String durationJustification;

  @Column(name = "terminated_on")
  private LocalDate terminatedOn;

  @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<Lot> lots = new ArrayList<>();

  @Version private long version;

  protected FrameworkAgreement() {}

  public FrameworkAgreement(Consortium consortium, AgreementTerms terms) {
    this.consortium = consortium;
    revise(terms);
  }

  /**
   * Whether these terms may replace the current ones: once notified, a change of duration (start,
   * initial period, renewals) is an amendment, not an edit (R2194-1).
   */
  public boolean isRevisableTo(AgreementTerms t) {
    return notificationDate == null
        || (t.initialMonths() == initialMonths
            && t.renewalCount() == renewalCount
            && t.renewalMonths() == renewalMonths
            && t.startDate().equals(startDate));
  }

  /** Changes the terms; once notified, a change of duration is an amendment, not an edit. */
  public final void revise(AgreementTerms t) {
    if (!isRevisableTo(t)) {
      throw DomainException.conflict(
          "R2194-1",
          "l'accord-cadre est notifié : sa durée ne se modifie que par avenant (R2194-1)");
    }
    reference = t.reference();
    object = t.object();
    cpvCode = t.cpvCode();
    buyerType = t.buyerType() == null ? BuyerType.POUVOIR_ADJUDICATEUR : t.buyerType();
    procedureLaunchDate = t.procedureLaunchDate();
    notificationDate = t.notificationDate();
    startDate = t.startDate();
    initialMonths = t.initialMonths();
    renewalCount = t.renewalCount();
    renewalMonths = t.renewalMonths();
    renewalTacit = t.renewalTacit();
    durationJustification = t.durationJustification();
  }

  public void terminate(LocalDate on) {
    this.terminatedOn = on;
  }

  /** The initial period followed by each renewal, back to back. */
  public List<AgreementPeriod> periods() {
    return terms().periods();
  }

  public Optional<AgreementPeriod> periodContaining(LocalDate day) {
    return periods().stream().filter(p -> p.contains(day)).findFirst();
  }

  public Optional<AgreementPeriod> period(int index) {
    return periods().stream().filter(p -> p.index() == index).findFirst();
  }

  public LocalDate end() {
    return terms().end();
  }

  /**
   * In force on that day: notified, started, not expired nor terminated. An exhausted agreement is
   * still in force (its lots refuse the amounts themselves), so this never reads the lots.
   */
  public boolean isInForceOn(LocalDate day) {
    return (terminatedOn == null || day.isBefore(terminatedOn))
        && notificationDate != null
        && !day.isBefore(notificationDate)
        && !day.isBefore(startDate)
        && !day.isAfter(end());
  }

  public AgreementStatus statusOn(LocalDate day) {
    if (terminatedOn != null && !day.isBefore(terminatedOn)) {
      return AgreementStatus.TERMINATED;
    }
    if (notificationDate == null || day.isBefore(notificationDate)) {
      return AgreementStatus.DRAFT;
    }
    if (day.isBefore(startDate)) {
      return AgreementStatus.NOT_STARTED;
    }
    if (day.isAfter(end())) {
      return AgreementStatus.EXPIRED;
    }
    int period = periodContaining(day).orElseThrow().index();
    boolean allExhausted =
        !lots.isEmpty() && lots.stream().filter(Lot::active).allMatch(l -> l.isExhaustedIn(period));
    return allExhausted ? AgreementStatus.EXHAUSTED : AgreementStatus.IN_FORCE;
  }

  /**
   * R2162-5: a voucher is issued only while the agreement is in force, on a day that falls in one
   * of its periods, never dated in the future; its execution starts within the agreement and may
   * end after it, with a warning, up to {@code overrunLimitDays}. Returns the period the voucher
   * counts against.
   */
  public IssueWindow checkIssue(
      LocalDate issueDate,
      LocalDate today,
      LocalDate executionStart,
      LocalDate executionEnd,
      int overrunLimitDays) {
    if (issueDate.isAfter(today)) {
      throw DomainException.invalid(
          "issueDate", "issue-date", "un bon ne s'émet pas à une date future");
    }
    if (!isInForceOn(issueDate)) {
      throw DomainException.conflict(
          "R2162-5",
          "R2162-5 : l'accord-cadre "
              + reference
              + " n'est pas en vigueur le "
              + FrenchDates.of(issueDate)
              + " (état : "
              + statusOn(issueDate)
              + ")");
    }
    AgreementPeriod period = periodContaining(issueDate).orElseThrow();
    if (executionStart.isBefore(startDate)) {
      throw DomainException.invalid(
          "executionStart",
          "R2162-5",
          "R2162-5 : l'exécution ne commence pas avant l'accord-cadre");
    }
    long overrun = ChronoUnit.DAYS.between(end(), executionEnd);
    if (overrun > overrunLimitDays) {
      throw DomainException.invalid(
          "executionEnd",
          "R2162-5",
          "R2162-5 : l'exécution dépasse la fin de l'accord-cadre ("
              + FrenchDates.of(end())
              + ") de "
              + overrun
              + " jours, au-delà de la limite de "
              + overrunLimitDays
              + " jours");
    }
    List<String> warnings =
        overrun > 0
            ? List.of(
                "R2162-5 : l'exécution se poursuit "
                    + overrun
                    + " jours après la fin de l'accord-cadre ("
                    + FrenchDates.of(end())
                    + ")")
            : List.of();
    return new IssueWindow(period, warnings);
  }

  /** The period a voucher counts against, and what the buyer should be warned of. */
  public record IssueWindow(AgreementPeriod period, List<String> warnings) {}

  public boolean requiresMaximum() {
    return terms().requiresMaximum();
  }

  public AgreementTerms terms() {
    return new AgreementTerms(
        reference,
        object,
        cpvCode,
        buyerType,
        procedureLaunchDate,
        notificationDate,
        startDate,
        initialMonths,
        renewalCount,
        renewalMonths,
        renewalTacit,
        durationJustification);
  }

  public Long id() {
    return id;
  }

  public Consortium consortium() {
    return consortium;
  }

  public String reference() {
    return reference;
  }

  public String object() {
    return object;
  }

  public LocalDate terminatedOn() {
    return terminatedOn;
  }

  public List<Lot> lots() {
    return List.copyOf(lots);
  }

  void add(Lot lot) {
    lots.add(lot);
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
