package fr.cadre.directory.entity;

/**
 * What a member is in law. It sets the accounting regime by default and the payment delay the buyer
 * owes (R2192-10: 30 days for the State, local authorities and OPHs; R2192-11: 60 days for public
 * companies, which include SA d'HLM landlords; 50 days for public hospitals).
 */
public enum LegalForm {
  STATE(AccountingRegime.PUBLIC, 30, "État"),
  LOCAL_AUTHORITY(AccountingRegime.PUBLIC, 30, "Collectivité territoriale"),
  OPH(AccountingRegime.PUBLIC, 30, "Office public de l'habitat"),
  SA_HLM(AccountingRegime.COMMERCIAL, 60, "Société anonyme d'HLM"),
  PUBLIC_HOSPITAL(AccountingRegime.PUBLIC, 50, "Établissement public de santé"),
  PUBLIC_COMPANY(AccountingRegime.COMMERCIAL, 60, "Entreprise publique");

  private final AccountingRegime defaultRegime;
  private final int paymentDelayDays;
  private final String french;

  LegalForm(AccountingRegime defaultRegime, int paymentDelayDays, String french) {
    this.defaultRegime = defaultRegime;
    this.paymentDelayDays = paymentDelayDays;
    this.french = french;
  }

  public AccountingRegime defaultRegime() {
    return defaultRegime;
  }

  public int paymentDelayDays() {
    return paymentDelayDays;
  }

  public String french() {
    return french;
  }
}
