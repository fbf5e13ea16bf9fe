package fr.cadre.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The ordering member's side of a voucher (DOMAIN, "what a voucher states"): its commitment number
 * (numéro d'engagement) and budget year and line, the Chorus Pro service code invoices are sent to,
 * and who signs the voucher. The holder quotes them on its invoice (D2192-2).
 */
@Embeddable
public class Commitment {

  @Column(name = "commitment_number", length = 60)
  private String number;

  @Column(name = "budget_year")
  private Integer budgetYear;

  @Column(name = "budget_line", length = 60)
  private String budgetLine;

  @Column(name = "chorus_service_code", length = 100)
  private String chorusServiceCode;

  @Column(name = "signatory_name", length = 200)
  private String signatoryName;

  @Column(name = "signatory_role", length = 200)
  private String signatoryRole;

  protected Commitment() {}

  public Commitment(
      String number,
      Integer budgetYear,
      String budgetLine,
      String chorusServiceCode,
      String signatoryName,
      String signatoryRole) {
    this.number = number;
    this.budgetYear = budgetYear;
    this.budgetLine = budgetLine;
    this.chorusServiceCode = chorusServiceCode;
    this.signatoryName = signatoryName;
    this.signatoryRole = signatoryRole;
  }

  /** The same, invoiced to the member's own Chorus Pro service when the order names none. */
  Commitment orMembersService(String membersChorusServiceCode) {
    return chorusServiceCode != null
        ? this
        : new Commitment(
            number, budgetYear, budgetLine, membersChorusServiceCode, signatoryName, signatoryRole);
  }

  public String number() {
    return number;
  }

  public Integer budgetYear() {
    return budgetYear;
  }

  public String budgetLine() {
    return budgetLine;
  }

  public String chorusServiceCode() {
    return chorusServiceCode;
  }

  public String signatoryName() {
    return signatoryName;
  }

  public String signatoryRole() {
    return signatoryRole;
  }
}
