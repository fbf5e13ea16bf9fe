package fr.cadre.importing.control;

import static fr.cadre.importing.control.SchemeFolder.NORTH;
import static fr.cadre.importing.control.SchemeFolder.defect;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.importing.entity.ImportProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "Import, reading the files: each defect of a file or a cell is reported with its file, line,"
        + " column, value and reason")
class FileFormatDefectsTest {

  @TempDir Path folder;
  private SchemeFolder scheme;

  @BeforeEach
  void validScheme() {
    scheme = new SchemeFolder(folder);
  }

  @Test
  void theValidSchemeReadsWithoutAProblemInWriteOrder() {
    Scheme read = scheme.read();
    assertThat(read.problems()).isEmpty();
    assertThat(read.items())
        .extracting(SchemeItem::kind)
        .containsExactly(
            "groupement",
            "membres",
            "membres",
            "membres",
            "coordonnateur",
            "opérateurs",
            "opérateurs",
            "accord-cadre",
            "lots",
            "lots",
            "prix",
            "prix",
            "prix",
            "sites",
            "sites",
            "sites",
            "lots des sites",
            "lots des sites",
            "lots des sites");
  }

  @Test
  void aSiretThatIsNotFourteenDigitsIsRefused() {
    scheme.cell(SchemeFiles.OPERATORS, 2, "siret", "8087715159178X");
    ImportProblem p = defect(scheme.read(), SchemeFiles.OPERATORS, 2, "siret");
    assertThat(p.value()).isEqualTo("8087715159178X");
    assertThat(p.reason()).isEqualTo("un SIRET compte 14 chiffres");
  }

  @Test
  void aSiretWithAWrongLuhnKeyIsReportedAsSuch() {
    scheme.cell(SchemeFiles.OPERATORS, 2, "siret", "80877151591786");
    ImportProblem p = defect(scheme.read(), SchemeFiles.OPERATORS, 2, "siret");
    assertThat(p.value()).isEqualTo("80877151591786");
    assertThat(p.reason()).isEqualTo("clé de contrôle du SIRET (Luhn) invalide");
  }

  @Test
  void aHolderSiretWithAWrongKeyIsReportedAsABadKeyNotAsAnAbsentOperator() {
    scheme.cell(SchemeFiles.LOTS, 2, "holder_sirets", "80877151591786");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LOTS, 2, "holder_sirets");
    assertThat(p.value()).isEqualTo("80877151591786");
    assertThat(p.reason()).isEqualTo("clé de contrôle du SIRET (Luhn) invalide");
  }

  @Test
  void aSiteHolderSiretWithAWrongKeyIsReportedAsABadKey() {
    scheme.cell(SchemeFiles.SITE_LOTS, 3, "holder_siret", "80877151591786");
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITE_LOTS, 3, "holder_siret");
    assertThat(p.value()).isEqualTo("80877151591786");
    assertThat(p.reason()).isEqualTo("clé de contrôle du SIRET (Luhn) invalide");
  }

  @Test
  void aRowWithTheWrongNumberOfColumnsIsRefused() {
    scheme.line(SchemeFiles.MEMBERS, 3, scheme.line(SchemeFiles.MEMBERS, 3).replaceFirst(";", ""));
    ImportProblem p = defect(scheme.read(), SchemeFiles.MEMBERS, 3, null);
    assertThat(p.value()).isNull();
    assertThat(p.reason())
        .isEqualTo("nombre de colonnes incorrect : 8 au lieu de 9 (séparateur « ; »)");
  }

  @Test
  void latin1BytesAreRefusedAtTheLineOfTheFirstOne() {
    Scheme read = scheme.encoded(SchemeFiles.OPERATORS, StandardCharsets.ISO_8859_1).read();
    // Line 2 is ASCII; "Médiation" on line 3 is not.
    ImportProblem p = defect(read, SchemeFiles.OPERATORS, 3, null);
    assertThat(p.value()).isEqualTo("octet 0xE9");
    assertThat(p.reason())
        .isEqualTo("texte qui n'est pas en UTF-8 (enregistrer le fichier en « CSV UTF-8 »)");
  }

  @Test
  void aMissingFileIsRefused() {
    ImportProblem p = defect(scheme.without(SchemeFiles.SITES).read(), SchemeFiles.SITES, 0, null);
    assertThat(p.reason()).isEqualTo("fichier manquant");
  }

  @Test
  void aMissingColumnIsNamed() {
    scheme.line(SchemeFiles.LOTS, 1, "number;label;allocation_rule;titulaires");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LOTS, 1, "holder_sirets");
    assertThat(p.reason())
        .isEqualTo(
            "colonne absente de l'en-tête (attendu : number;label;allocation_rule;holder_sirets)");
  }

  @Test
  void aMissingRequiredValueIsRefused() {
    scheme.cell(SchemeFiles.PRICES, 2, "label", "");
    ImportProblem p = defect(scheme.read(), SchemeFiles.PRICES, 2, "label");
    assertThat(p.value()).isEmpty();
    assertThat(p.reason()).isEqualTo("valeur obligatoire manquante");
  }

  @Test
  void aNumberWithBothACommaAndADotIsAmbiguous() {
    scheme.cell(SchemeFiles.LIMITS, 2, "maximum", "50,000.00");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 2, "maximum");
    assertThat(p.value()).isEqualTo("50,000.00");
    assertThat(p.reason()).isEqualTo("nombre ambigu : virgule et point à la fois");
  }

  @Test
  void anAmountWithMoreThanTwoDecimalsIsRefused() {
    scheme.cell(SchemeFiles.LIMITS, 2, "minimum", "1000.005");
    ImportProblem p = defect(scheme.read(), SchemeFiles.LIMITS, 2, "minimum");
    assertThat(p.value()).isEqualTo("1000.005");
    assertThat(p.reason()).isEqualTo("au plus 2 décimales");
  }

  @Test
  void aWholeNumberThatIsNotOneIsRefused() {
    scheme.cell(SchemeFiles.SITES, 2, "dwellings", "cinq cents");
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITES, 2, "dwellings");
    assertThat(p.value()).isEqualTo("cinq cents");
    assertThat(p.reason()).isEqualTo("nombre entier attendu");
  }

  @Test
  void aDateThatDoesNotExistIsRefused() {
    scheme.cell(SchemeFiles.CONSORTIUM, 2, "constitutive_agreement_date", "31/02/2021");
    ImportProblem p =
        defect(scheme.read(), SchemeFiles.CONSORTIUM, 2, "constitutive_agreement_date");
    assertThat(p.value()).isEqualTo("31/02/2021");
    assertThat(p.reason()).isEqualTo("date attendue (2021-07-01 ou 01/07/2021)");
  }

  @Test
  void anUnknownChoiceListsTheAcceptedOnes() {
    scheme.cell(SchemeFiles.MEMBERS, 2, "legal_form", "COMMUNE");
    ImportProblem p = defect(scheme.read(), SchemeFiles.MEMBERS, 2, "legal_form");
    assertThat(p.value()).isEqualTo("COMMUNE");
    assertThat(p.reason()).startsWith("valeur inconnue ; attendu : ").contains("LOCAL_AUTHORITY");
  }

  @Test
  void aYesOrNoColumnAcceptsOnlyYesOrNo() {
    scheme.cell(SchemeFiles.OPERATORS, 2, "vat_exempt", "peut-être");
    ImportProblem p = defect(scheme.read(), SchemeFiles.OPERATORS, 2, "vat_exempt");
    assertThat(p.value()).isEqualTo("peut-être");
    assertThat(p.reason()).isEqualTo("oui ou non attendu");
  }

  @Test
  void aFileOfOneRowWithTwoIsRefused() {
    scheme.add(SchemeFiles.CONSORTIUM, scheme.line(SchemeFiles.CONSORTIUM, 2));
    ImportProblem p = defect(scheme.read(), SchemeFiles.CONSORTIUM, 3, null);
    assertThat(p.reason()).isEqualTo("une seule ligne attendue, 2 trouvée(s)");
  }

  @Test
  void aDuplicateOperatorIsRefused() {
    scheme.cell(SchemeFiles.OPERATORS, 3, "siret", NORTH);
    ImportProblem p = defect(scheme.read(), SchemeFiles.OPERATORS, 3, "siret");
    assertThat(p.value()).isEqualTo(NORTH);
    assertThat(p.reason()).isEqualTo("opérateur en double (même SIRET plus haut)");
  }

  @Test
  void aQuoteLeftOpenIsAMalformedFileReportedAtItsLineNotACrash() {
    scheme.cell(SchemeFiles.SITES, 3, "name", "\"Résidence Le Clos");
    ImportProblem p = defect(scheme.read(), SchemeFiles.SITES, 3, null);
    assertThat(p.reason())
        .isEqualTo("CSV mal formé : un guillemet ouvert sur cette ligne n'est jamais refermé");
  }
}
