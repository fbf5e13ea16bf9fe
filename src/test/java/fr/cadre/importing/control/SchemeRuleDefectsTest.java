package fr.cadre.importing.control;

import static fr.cadre.importing.control.SchemeFolder.CENTRE;
import static fr.cadre.importing.control.SchemeFolder.defect;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.importing.entity.ImportProblem;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "Import, checking the rows: the domain's rules and the references between files, each defect"
        + " located with its value and reason, nothing to write")
class SchemeRuleDefectsTest {

  /** A SIRET with a valid key that none of the scheme's files lists. */
  private static final String STRANGER = "27138133008992";

  private static final String MAXIMUM_REQUIRED =
      "R2162-4 (décret 2021-1111) : procédure lancée à partir du 1er janvier 2022, un maximum est"
          + " obligatoire pour la ";

  private static final String UNKNOWN_LOT =
      "lot inconnu (absent de lots.csv pour l'accord-cadre AC-2021-001)";

  @TempDir Path folder;
  private SchemeFolder scheme;

  @BeforeEach
  void validScheme() {
    scheme = new SchemeFolder(folder);
  }

  @Test
  void aNegativeUnitPriceNamesTheColumnAndItsValue() {
    scheme.cell(SchemeFiles.PRICES, 3, "unit_price", "-34,00");
    ImportProblem p = defect(scheme.read(), SchemeFiles.PRICES, 3, "unit_price");
    assertThat(p.value()).isEqualTo("-34,00");
    assertThat(p.reason()).isEqualTo("un nombre négatif n'est pas admis dans cette colonne");
    assertThat(p.toString())
        .isEqualTo(
            "price_lines.csv, ligne 3, colonne unit_price (« -34,00 ») : un nombre négatif n'est"
                + " pas admis dans cette colonne");
  }

  @Test
  void aUnitPriceBeyondTheCentIsRefusedByThePriceLinesOwnRule() {
    scheme.cell(SchemeFiles.PRICES, 2, "unit_price", "29,505");
    ImportProblem p = defect(scheme.read(), SchemeFiles.PRICES, 2, "unit_price");
    assertThat(p.value()).isEqualTo("29,505");
    assertThat(p.reason()).isEqualTo("un prix unitaire s'exprime en euros et centimes");
  }

  @Test
  void aVatRateAboveAHundredIsRefused() {
    scheme.cell(SchemeFiles.PRICES, 2, "vat_rate", "120");
    ImportProblem p = defect(scheme.read(), SchemeFiles.PRICES, 2, "vat_rate");
    assertThat(p.value()).isEqualTo("120");
    assertThat(p.reason()).isEqualTo("un taux de TVA est compris entre 0 et 100 %");
  }

  @Test
  void aDuplicatePriceCodeInALotIsRefused() {
    scheme.cell(SchemeFiles.PRICES, 3, "code", "H-JOUR");
    ImportProblem p = defect(scheme.read(), SchemeFiles.PRICES, 3, "code");
    assertThat(p.value()).isEqualTo("H-JOUR");
    assertThat(p.reason()).isEqualTo("prix en double pour ce lot");
  }

  @Test
  void aDuplicateSiteCodeIsRefused() {
    scheme.cell(SchemeFiles.SITES, 3, "code", "MRS-101");
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITES, 3, "code");
    assertThat(p.value()).isEqualTo("MRS-101");
    assertThat(p.reason()).isEqualTo("site en double (même code plus haut)");
  }

  @Test
  void aSiteOnAnUnknownLotIsRefused() {
    scheme.cell(SchemeFiles.SITE_LOTS, 2, "lot", "9");
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITE_LOTS, 2, "lot");
    assertThat(p.value()).isEqualTo("9");
    assertThat(p.reason()).isEqualTo(UNKNOWN_LOT);
  }

  @Test
  void aSiteOfAMemberOutsideTheConsortiumIsRefused() {
    scheme.cell(SchemeFiles.SITES, 2, "member_siret", STRANGER);
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITES, 2, "member_siret");
    assertThat(p.value()).isEqualTo(STRANGER);
    assertThat(p.reason()).isEqualTo("membre absent de members.csv");
  }

  @Test
  void r2162_6_aSiteServedByAnOperatorThatDoesNotHoldItsLotIsRefused() {
    scheme.cell(SchemeFiles.SITE_LOTS, 3, "holder_siret", CENTRE);
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITE_LOTS, 3, "holder_siret");
    assertThat(p.value()).isEqualTo(CENTRE);
    assertThat(p.reason()).isEqualTo("R2162-6 : " + CENTRE + " n'est pas titulaire du lot 1");
  }

  @Test
  void aNegativeNumberOfDwellingsIsRefusedByTheSitesOwnRule() {
    scheme.cell(SchemeFiles.SITES, 4, "dwellings", "-5");
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITES, 4, "dwellings");
    assertThat(p.value()).isEqualTo("-5");
    assertThat(p.reason()).isEqualTo("le nombre de logements est positif");
  }

  @Test
  void aLotHolderAbsentFromTheOperatorsIsRefused() {
    scheme.cell(SchemeFiles.LOTS, 3, "holder_sirets", STRANGER);
    ImportProblem p = defect(scheme.read(), SchemeFiles.LOTS, 3, "holder_sirets");
    assertThat(p.value()).isEqualTo(STRANGER);
    assertThat(p.reason()).isEqualTo("titulaire absent de operators.csv");
  }

  @Test
  void aLotWithoutHolderIsRefusedByTheLotsOwnRule() {
    scheme.cell(SchemeFiles.LOTS, 3, "holder_sirets", "");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LOTS, 3, "holder_sirets");
    assertThat(p.value()).isEmpty();
    assertThat(p.reason()).isEqualTo("un lot est attribué à au moins un titulaire");
  }

  @Test
  void aLotNumberedZeroIsRefusedByTheLotsOwnRule() {
    scheme.cell(SchemeFiles.LOTS, 3, "number", "0");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LOTS, 3, "number");
    assertThat(p.value()).isEqualTo("0");
    assertThat(p.reason()).isEqualTo("un numéro de lot est positif");
  }

  @Test
  void limitsForADateOutsideTheAgreementAreRefusedWithItsDatesInFrench() {
    scheme.cell(SchemeFiles.LIMITS, 2, "period_start", "2026-01-01");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 2, "period_start");
    assertThat(p.value()).isEqualTo("2026-01-01");
    assertThat(p.reason()).isEqualTo("date hors de l'accord-cadre (du 01/07/2021 au 31/12/2024)");
  }

  @Test
  void limitsForADateInsideAPeriodNameThePeriodStartsInFrench() {
    scheme.cell(SchemeFiles.LIMITS, 3, "period_start", "15/03/2022");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 3, "period_start");
    assertThat(p.value()).isEqualTo("15/03/2022");
    assertThat(p.reason())
        .isEqualTo(
            "ce n'est pas le début d'une période de l'accord-cadre (débuts : 01/07/2021,"
                + " 01/01/2022, 01/01/2023, 01/01/2024)");
  }

  @Test
  void limitsGivenTwiceForALotAndAPeriodAreRefused() {
    scheme.add(SchemeFiles.LIMITS, "1;01/07/2021;1000.00;50000.00");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 10, "period_start");
    assertThat(p.value()).isEqualTo("01/07/2021");
    assertThat(p.reason()).isEqualTo("limites en double pour ce lot et la période initiale");
  }

  @Test
  void r2162_4_aMinimumAboveItsMaximumIsRefusedByTheLotsOwnRule() {
    scheme.line(SchemeFiles.LIMITS, 3, "1;2022-01-01;200000.00;100000.00");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 3, "minimum");
    assertThat(p.value()).isEqualTo("200000.00");
    assertThat(p.reason())
        .isEqualTo(
            "R2162-4 : le minimum (200\u202f000,00\u00a0€) dépasse le maximum"
                + " (100\u202f000,00\u00a0€) de la reconduction 1");
  }

  @Test
  void r2162_4_aMaximumOfZeroIsRefused() {
    scheme.cell(SchemeFiles.LIMITS, 6, "maximum", "0");
    scheme.cell(SchemeFiles.LIMITS, 6, "minimum", "");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 6, "maximum");
    assertThat(p.value()).isEqualTo("0");
    assertThat(p.reason()).isEqualTo("un maximum est strictement positif");
  }

  @Test
  void r2162_4_aProcedureLaunchedIn2022NeedsAMaximumOnEveryLimitRow() {
    scheme.cell(SchemeFiles.AGREEMENT, 2, "procedure_launch_date", "2022-02-01");
    scheme.cell(SchemeFiles.LIMITS, 3, "maximum", "");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 3, "maximum");
    assertThat(p.value()).isEmpty();
    assertThat(p.reason()).isEqualTo(MAXIMUM_REQUIRED + "reconduction 1");
  }

  @Test
  void r2162_4_aProcedureLaunchedIn2022NeedsALimitRowForEveryPeriod() {
    scheme.cell(SchemeFiles.AGREEMENT, 2, "procedure_launch_date", "2022-02-01");
    scheme.remove(SchemeFiles.LIMITS, 9);
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 0, "lot");
    assertThat(p.value()).isEqualTo("2");
    assertThat(p.reason())
        .isEqualTo(
            "aucune ligne pour le lot 2 de l'accord-cadre AC-2021-001 : "
                + MAXIMUM_REQUIRED
                + "reconduction 3");
  }

  @Test
  void aProcedureLaunchedBefore2022MayStateNoMaximum() {
    scheme.cell(SchemeFiles.LIMITS, 3, "maximum", "");
    assertThat(scheme.read().problems()).isEmpty();
  }

  @Test
  void l2125_1_anAgreementLongerThanFourYearsIsRefused() {
    scheme.cell(SchemeFiles.AGREEMENT, 2, "renewal_count", "5");
    ImportProblem p = defect(scheme.read(), SchemeFiles.AGREEMENT, 2, "renewal_count");
    assertThat(p.value()).isEqualTo("5");
    assertThat(p.reason())
        .isEqualTo(
            "L2125-1 : la durée totale (66 mois, reconductions comprises) dépasse 48 mois sans"
                + " justification enregistrée");
  }

  @Test
  void anAgreementWithoutObjectIsRefused() {
    scheme.cell(SchemeFiles.AGREEMENT, 2, "object", "");
    ImportProblem p = defect(scheme.read(), SchemeFiles.AGREEMENT, 2, "object");
    assertThat(p.value()).isEmpty();
    assertThat(p.reason()).isEqualTo("valeur obligatoire manquante");
  }

  @Test
  void aCoordinatorOutsideTheMembersIsRefused() {
    scheme.cell(SchemeFiles.CONSORTIUM, 2, "coordinator_siret", STRANGER);
    ImportProblem p = defect(scheme.read(), SchemeFiles.CONSORTIUM, 2, "coordinator_siret");
    assertThat(p.value()).isEqualTo(STRANGER);
    assertThat(p.reason()).isEqualTo("le coordonnateur n'est pas dans members.csv");
  }

  @Test
  void aMemberShareAbove100PercentIsRefusedByTheMembersOwnRule() {
    scheme.cell(SchemeFiles.MEMBERS, 2, "share_percent", "150");
    ImportProblem p = defect(scheme.read(), SchemeFiles.MEMBERS, 2, "share_percent");
    assertThat(p.value()).isEqualTo("150");
    assertThat(p.reason()).isEqualTo("une quote-part ne dépasse pas 100 %");
  }

  @Test
  void aDuplicateMemberIsRefused() {
    scheme.cell(SchemeFiles.MEMBERS, 4, "siret", SchemeFolder.CITY);
    ImportProblem p = defect(scheme.read(), SchemeFiles.MEMBERS, 4, "siret");
    assertThat(p.value()).isEqualTo(SchemeFolder.CITY);
    assertThat(p.reason()).isEqualTo("membre en double (même SIRET plus haut)");
  }

  @Test
  void anOperatorEmailWithoutAtSignIsRefused() {
    scheme.cell(SchemeFiles.OPERATORS, 3, "contact_email", "scop.example.fr");
    ImportProblem p = defect(scheme.read(), SchemeFiles.OPERATORS, 3, "contact_email");
    assertThat(p.value()).isEqualTo("scop.example.fr");
    assertThat(p.reason()).isEqualTo("adresse électronique invalide");
  }

  @Test
  void aDuplicateLotNumberIsRefused() {
    scheme.cell(SchemeFiles.LOTS, 3, "number", "1");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LOTS, 3, "number");
    assertThat(p.value()).isEqualTo("1");
    assertThat(p.reason()).isEqualTo("lot en double (même accord-cadre et même numéro plus haut)");
  }

  @Test
  void limitsOfAnUnknownLotAreRefused() {
    scheme.cell(SchemeFiles.LIMITS, 6, "lot", "7");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 6, "lot");
    assertThat(p.value()).isEqualTo("7");
    assertThat(p.reason()).isEqualTo(UNKNOWN_LOT);
  }

  @Test
  void aPriceOfAnUnknownLotIsRefused() {
    scheme.cell(SchemeFiles.PRICES, 4, "lot", "3");
    ImportProblem p = defect(scheme.read(), SchemeFiles.PRICES, 4, "lot");
    assertThat(p.value()).isEqualTo("3");
    assertThat(p.reason()).isEqualTo(UNKNOWN_LOT);
  }
}
