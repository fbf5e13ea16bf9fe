package fr.cadre.directory.entity;

import fr.cadre.kernel.ReferenceData;
import fr.cadre.kernel.Siret;
import fr.cadre.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A company or association that lots are awarded to (titulaire). Associations are often not liable
 * to VAT: their vouchers then carry no VAT and say so.
 */
@ReferenceData
@Entity
@Table(name = "operator")
@NamedQuery(name = "Operator.all", query = "SELECT o FROM Operator o ORDER BY o.name")
@NamedQuery(name = "Operator.bySiret", query = "SELECT o FROM Operator o WHERE o.siret = :siret")
public class Operator {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 14, unique = true)
  private Siret siret;

  @Column(length = 400)
  private String address;

  @Column(name = "vat_exempt", nullable = false)
  private boolean vatExempt;

  @Column(name = "contact_name", length = 200)
  private String contactName;

  @Column(name = "contact_email", length = 200)
  private String contactEmail;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Operator() {}

  public Operator(Details details) {
    revise(details);
  }

  public final void revise(Details d) {
    name = d.name();
    siret = new Siret(d.siret());
    address = d.address();
    vatExempt = d.vatExempt();
    contactName = d.contactName();
    contactEmail = d.contactEmail();
  }

  /** Whether this is that operator: an operator is known by its SIRET. */
  public boolean is(Operator other) {
    return this == other || siret.equals(other.siret);
  }

  public void deactivate() {
    active = false;
  }

  /** A deactivated operator is awarded no lot: it stays only on the lots it already held. */
  public Violations checkMayHold(String field, Violations v) {
    return v.check(active, field, "holder", () -> name + " est désactivé");
  }

  public Long id() {
    return id;
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

  public boolean vatExempt() {
    return vatExempt;
  }

  public String contactName() {
    return contactName;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public boolean active() {
    return active;
  }

  public Details details() {
    return new Details(name, siret.value(), address, vatExempt, contactName, contactEmail);
  }

  /** What describes an operator, as entered or imported. */
  public record Details(
      String name,
      String siret,
      String address,
      boolean vatExempt,
      String contactName,
      String contactEmail) {

    public Violations check(Violations v) {
      v.required("name", name).required("siret", siret).siret("siret", siret);
      v.check(
          contactEmail == null || contactEmail.isBlank() || contactEmail.contains("@"),
          "contactEmail",
          "email",
          () -> "adresse électronique invalide");
      return v;
    }
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
