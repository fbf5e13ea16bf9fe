package fr.cadre.directory.entity;

import fr.cadre.kernel.ReferenceData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A purchasing consortium (groupement de commandes, L2113-6): buyers that pool one procedure under
 * a constitutive agreement. One member is the coordinator, who runs the procedure for all.
 */
@ReferenceData
@Entity
@Table(name = "consortium")
@NamedQuery(name = "Consortium.all", query = "SELECT c FROM Consortium c ORDER BY c.name")
@NamedQuery(name = "Consortium.byName", query = "SELECT c FROM Consortium c WHERE c.name = :name")
public class Consortium {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "agreement_ref", length = 100)
  private String constitutiveAgreementRef;

  @Column(name = "agreement_date")
  private LocalDate constitutiveAgreementDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "coordinator_id")
  private Member coordinator;

  @Version private long version;

  protected Consortium() {}

  public Consortium(
      String name, String constitutiveAgreementRef, LocalDate constitutiveAgreementDate) {
    revise(name, constitutiveAgreementRef, constitutiveAgreementDate);
  }

  public final void revise(String name, String reference, LocalDate date) {
    this.name = name;
    this.constitutiveAgreementRef = reference;
    this.constitutiveAgreementDate = date;
  }

  /** The coordinator must be one of the consortium's members; the caller checks it. */
  public void appointCoordinator(Member member) {
    this.coordinator = member;
  }

  public boolean isCoordinator(Member member) {
    return coordinator != null && coordinator.is(member);
  }

  /**
   * Whether this is that consortium: the same row, or, before either is stored, the same name (the
   * name identifies a consortium in imports).
   */
  public boolean is(Consortium other) {
    if (this == other) {
      return true;
    }
    if (id != null && other.id != null) {
      return id.equals(other.id);
    }
    return name.equals(other.name);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String constitutiveAgreementRef() {
    return constitutiveAgreementRef;
  }

  public LocalDate constitutiveAgreementDate() {
    return constitutiveAgreementDate;
  }

  public Long coordinatorId() {
    return coordinator == null ? null : coordinator.id();
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
