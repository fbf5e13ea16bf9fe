package fr.cadre.documents.control;

import fr.cadre.documents.entity.VoucherContent;
import fr.cadre.documents.entity.VoucherContent.Party;
import java.util.ArrayList;
import java.util.List;

/** Voucher contents for document tests. */
public final class Vouchers {

  private Vouchers() {}

  /** A voucher of {@code lines} lines whose total is 1 234,56 € HT for the first line alone. */
  public static VoucherContent content(int lines, boolean vatExempt) {
    List<VoucherContent.Line> list = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      list.add(
          new VoucherContent.Line(
              "H-JOUR-" + i,
              "Heure de médiateur, jour (7 h - 19 h), ligne " + i,
              "heure",
              i == 1 ? "41.85" : "2",
              "29.50",
              i == 1 ? "1234.56" : "59.00",
              "20.00"));
    }
    return new VoucherContent(
        "2022-000042",
        "2022-03-01",
        "Groupement de commandes pour la médiation sociale urbaine à Marseille",
        "AC-MSU-2021-001",
        "Médiation sociale urbaine dans les quartiers d'habitat social de Marseille",
        1,
        "Secteur Nord-Littoral (13015, 13016)",
        new Party(
            "Ville de Marseille",
            "21136600953662",
            "Hôtel de Ville, Quai du Port, 13002 Marseille"),
        "Hôtel de Ville, Quai du Port, 13002 Marseille",
        "EJ-2022-0042",
        "2022",
        "6228",
        "VDM-DGAUFP",
        new Party(
            "Médiation Urbaine Provence SCOP",
            "84143644171172",
            "24 rue d'Italie, 13006 Marseille"),
        vatExempt,
        "MRS-101",
        "Résidence Les Micocouliers",
        "102 chemin des Aygalades, 13015 Marseille",
        "2022-03-01",
        "2022-03-31",
        "Médiation sociale, mars 2022",
        list,
        "1234.56",
        vatExempt ? "0.00" : "246.91",
        vatExempt ? "1234.56" : "1481.47",
        "mille deux cent trente-quatre euros et cinquante-six centimes",
        "98765.43",
        "virement à 30 jours à compter de la réception de la facture",
        "Claire Martin",
        "Directrice",
        "titulaire unique du lot",
        "Bon de commande émis en application de l'accord-cadre AC-MSU-2021-001 (articles R2162-13 et R2162-14 du code de la commande publique).");
  }

  /** The same voucher with names, addresses and labels far longer than a line. */
  public static VoucherContent longNames(VoucherContent c) {
    String long_ = "Établissement public à caractère industriel et commercial dit « ";
    List<VoucherContent.Line> lines =
        c.lines().stream()
            .map(
                l ->
                    new VoucherContent.Line(
                        l.code() + "-SUPERLONGCODEWITHOUTSPACES",
                        l.label() + " " + "anticonstitutionnellement".repeat(6),
                        "vacation de nuit prolongée",
                        "123456.75",
                        "99999.99",
                        "12345678.90",
                        l.vatRate()))
            .toList();
    return new VoucherContent(
        c.number(),
        c.issueDate(),
        long_.repeat(4),
        c.agreementReference(),
        c.agreementObject().repeat(5),
        c.lotNumber(),
        c.lotLabel().repeat(6),
        new Party(long_.repeat(3), c.member().siret(), c.member().address().repeat(4)),
        c.billingAddress().repeat(3),
        c.commitmentNumber(),
        c.budgetYear(),
        c.budgetLine(),
        "X".repeat(120),
        new Party(
            "Médiateurs" + "Associés".repeat(30),
            c.holder().siret(),
            c.holder().address().repeat(5)),
        c.vatExempt(),
        c.siteCode(),
        c.siteName().repeat(8),
        c.deliveryPlace().repeat(5),
        c.executionStart(),
        c.executionEnd(),
        c.object().repeat(10),
        lines,
        "12345678.90",
        "2469135.78",
        "14814814.68",
        c.totalInWords().repeat(3),
        c.headroomAfter(),
        c.paymentTerms().repeat(3),
        "Claire " + "Martin-".repeat(20),
        "Directrice ".repeat(12),
        c.allocation(),
        c.legalBasis());
  }

  /** The same voucher with one line per price code given, in that order. */
  public static VoucherContent withCodes(VoucherContent c, List<String> codes) {
    List<VoucherContent.Line> lines = new ArrayList<>();
    for (String code : codes) {
      lines.add(
          new VoucherContent.Line(
              code, "Prestation " + code, "forfait", "1", "100.00", "100.00", "20.00"));
    }
    return new VoucherContent(
        c.number(),
        c.issueDate(),
        c.consortium(),
        c.agreementReference(),
        c.agreementObject(),
        c.lotNumber(),
        c.lotLabel(),
        c.member(),
        c.billingAddress(),
        c.commitmentNumber(),
        c.budgetYear(),
        c.budgetLine(),
        c.chorusServiceCode(),
        c.holder(),
        c.vatExempt(),
        c.siteCode(),
        c.siteName(),
        c.deliveryPlace(),
        c.executionStart(),
        c.executionEnd(),
        c.object(),
        lines,
        c.totalHt(),
        c.totalVat(),
        c.totalTtc(),
        c.totalInWords(),
        c.headroomAfter(),
        c.paymentTerms(),
        c.signatoryName(),
        c.signatoryRole(),
        c.allocation(),
        c.legalBasis());
  }
}
