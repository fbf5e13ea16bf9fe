package fr.cadre.directory.entity;

import fr.cadre.kernel.Violations;
import java.math.BigDecimal;

/** What describes a member, as entered or imported; {@link #check} says what is wrong with it. */
public record MemberDetails(
    String name,
    String siret,
    String address,
    BuyerType buyerType,
    LegalForm legalForm,
    AccountingRegime accountingRegime,
    String chorusServiceCode,
    boolean mayOrder,
    boolean joinedAfterProcedure,
    BigDecimal shareAmount,
    BigDecimal sharePercent) {

  public Violations check(Violations v) {
    v.required("name", name).required("siret", siret).required("legalForm", legalForm);
    v.siret("siret", siret);
    v.notNegative("shareAmount", shareAmount).notNegative("sharePercent", sharePercent);
    v.check(
        sharePercent == null || sharePercent.compareTo(BigDecimal.valueOf(100)) <= 0,
        "sharePercent",
        "share",
        () -> "une quote-part ne dépasse pas 100 %");
    v.check(
        shareAmount == null || sharePercent == null,
        "sharePercent",
        "share",
        () -> "la quote-part est un montant ou un pourcentage, pas les deux");
    return v;
  }
}
