package fr.cadre.directory.boundary;

import fr.cadre.directory.entity.AccountingRegime;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.Amount;
import fr.cadre.kernel.Text;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The JSON shapes of the directory, in and out. The inputs' constraints state their shape (lengths
 * as in the database, no control characters, amounts in cents); the rules on members and operators
 * (SIRET key, legal form, shares) are the domain's, which the import shares.
 */
public final class DirectoryViews {

  private DirectoryViews() {}

  public record ConsortiumInput(
      @NotBlank @Size(max = 200) @Text String name,
      @Size(max = 100) @Text String constitutiveAgreementRef,
      LocalDate constitutiveAgreementDate,
      Long coordinatorId) {}

  public record ConsortiumView(
      long id,
      String name,
      String constitutiveAgreementRef,
      LocalDate constitutiveAgreementDate,
      Long coordinatorId) {
    static ConsortiumView of(Consortium c) {
      return new ConsortiumView(
          c.id(),
          c.name(),
          c.constitutiveAgreementRef(),
          c.constitutiveAgreementDate(),
          c.coordinatorId());
    }
  }

  public record MemberInput(
      @Size(max = 200) @Text String name,
      @Size(max = 14) @Text String siret,
      @Size(max = 400) @Text(multiline = true) String address,
      BuyerType buyerType,
      LegalForm legalForm,
      AccountingRegime accountingRegime,
      @Size(max = 100) @Text String chorusServiceCode,
      Boolean mayOrder,
      Boolean joinedAfterProcedure,
      @Amount BigDecimal shareAmount,
      @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal sharePercent) {
    public MemberDetails details() {
      return new MemberDetails(
          name,
          siret,
          address,
          buyerType,
          legalForm,
          accountingRegime,
          chorusServiceCode,
          mayOrder == null || mayOrder,
          joinedAfterProcedure != null && joinedAfterProcedure,
          shareAmount,
          sharePercent);
    }
  }

  public record MemberView(
      long id,
      long consortiumId,
      String name,
      String siret,
      String address,
      BuyerType buyerType,
      LegalForm legalForm,
      AccountingRegime accountingRegime,
      int paymentDelayDays,
      String chorusServiceCode,
      boolean mayOrder,
      boolean joinedAfterProcedure,
      BigDecimal shareAmount,
      BigDecimal sharePercent,
      boolean coordinator,
      boolean active) {
    static MemberView of(Member m) {
      return new MemberView(
          m.id(),
          m.consortium().id(),
          m.name(),
          m.siret().value(),
          m.address(),
          m.buyerType(),
          m.legalForm(),
          m.accountingRegime(),
          m.paymentDelayDays(),
          m.chorusServiceCode(),
          m.mayOrder(),
          m.joinedAfterProcedure(),
          m.shareAmount() == null ? null : m.shareAmount().amount(),
          m.sharePercent(),
          m.consortium().isCoordinator(m),
          m.active());
    }
  }

  public record OperatorInput(
      @Size(max = 200) @Text String name,
      @Size(max = 14) @Text String siret,
      @Size(max = 400) @Text(multiline = true) String address,
      Boolean vatExempt,
      @Size(max = 200) @Text String contactName,
      @Size(max = 200) @Text String contactEmail) {
    public Operator.Details details() {
      return new Operator.Details(
          name, siret, address, vatExempt != null && vatExempt, contactName, contactEmail);
    }
  }

  public record OperatorView(
      long id,
      String name,
      String siret,
      String address,
      boolean vatExempt,
      String contactName,
      String contactEmail,
      boolean active) {
    static OperatorView of(Operator o) {
      return new OperatorView(
          o.id(),
          o.name(),
          o.siret().value(),
          o.address(),
          o.vatExempt(),
          o.contactName(),
          o.contactEmail(),
          o.active());
    }
  }
}
