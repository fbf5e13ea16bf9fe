package fr.cadre.it;

/** Valid request bodies for the access matrix, each with names and numbers of its own. */
final class Bodies {

  private Bodies() {}

  static String consortium() {
    int n = Fixtures.serial();
    return """
        {"name":"Groupement matrice %d","constitutiveAgreementRef":"CC-M-%d","constitutiveAgreementDate":"2021-03-01"}"""
        .formatted(n, n);
  }

  static String member(String siret) {
    return """
        {"name":"Membre matrice %d","siret":"%s","address":"1 rue de la République, 13001 Marseille",
         "legalForm":"OPH","chorusServiceCode":"SERV-M","mayOrder":true}"""
        .formatted(Fixtures.serial(), siret);
  }

  static String operator(String siret) {
    return """
        {"name":"Titulaire matrice %d","siret":"%s","address":"Marseille","vatExempt":false}"""
        .formatted(Fixtures.serial(), siret);
  }

  /** A new agreement, or with {@code reference} the same one revised. */
  static String agreement(long consortium, String reference) {
    return """
        {"consortiumId":%d,"reference":"%s","object":"Médiation sociale urbaine",
         "cpvCode":"85320000","procedureLaunchDate":"2021-03-01","notificationDate":"2021-06-15",
         "startDate":"2021-07-01","initialMonths":6,"renewalCount":3,"renewalMonths":12}"""
        .formatted(consortium, reference == null ? "AC-M-" + Fixtures.serial() : reference);
  }

  static String lot(long holder) {
    return """
        {"number":%d,"label":"Secteur matrice","holderIds":[%d],"minimum":0,"maximum":1000}"""
        .formatted(Fixtures.serial() % 1000 + 1, holder);
  }

  static String lotUpdate(long holder) {
    return """
        {"label":"Secteur renommé","holderIds":[%d],"maximum":1000}"""
        .formatted(holder);
  }

  static String priceLine() {
    return """
        {"code":"H-M%d","label":"Heure","unit":"heure","unitPrice":30,"vatRate":20}"""
        .formatted(Fixtures.serial());
  }

  /** A new site, or with {@code code} that site revised. */
  static String site(String code, long member, long lot) {
    return """
        {"code":"%s","name":"Résidence matrice","address":"Marseille","district":"13015",
         "memberId":%d,"lotId":%d,"dwellings":500}"""
        .formatted(code == null ? "S-M-" + Fixtures.serial() : code, member, lot);
  }

  static String user() {
    return """
        {"login":"matrice.%d","name":"Utilisateur matrice","roles":["AUDITOR"],"password":"mot-de-passe-matrice"}"""
        .formatted(Fixtures.serial());
  }

  static String userUpdate() {
    return """
        {"name":"Utilisateur renommé","roles":["AUDITOR"],"active":true}""";
  }
}
