package fr.cadre.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.documents.entity.VoucherContent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** The voucher document, rendered without a server: mentions, pages, margins, PDF/A, identity. */
class VoucherPdfTest {

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void statesEveryMentionAVoucherMustStateWithFrenchAmounts() throws Exception {
    VoucherContent content = Vouchers.content(3, false);

    String text = text(VoucherPdf.render(content, content.digest(), null));

    assertThat(text)
        .contains("BON DE COMMANDE n° 2022-000042")
        .contains("émis le 01/03/2022")
        .contains("AC-MSU-2021-001")
        .contains("Médiation sociale urbaine")
        .contains("Lot 1 : Secteur Nord-Littoral")
        .contains("Ville de Marseille")
        .contains("SIRET 21136600953662")
        .contains("Engagement : EJ-2022-0042")
        .contains("Exercice 2022, ligne budgétaire 6228")
        .contains("Service Chorus Pro : VDM-DGAUFP")
        .contains("Médiation Urbaine Provence SCOP")
        .contains("SIRET 84143644171172")
        .contains("MRS-101 : Résidence Les Micocouliers")
        .contains("du 01/03/2022 au 31/03/2022")
        .contains("H-JOUR-1")
        .contains("Heure de médiateur")
        .contains("1\u202f234,56\u00a0€")
        .contains("Total TTC")
        .contains("mille deux cent trente-quatre euros et cinquante-six centimes")
        .contains("après ce bon : 98\u202f765,43\u00a0€")
        .contains("Conditions de paiement : virement à 30 jours")
        .contains("R2162-13 et R2162-14")
        .contains("Claire Martin, Directrice")
        .contains("page 1 / 1")
        .contains(content.digest());
  }

  @Test
  void anExemptHolderGetsNoVat() throws Exception {
    VoucherContent content = Vouchers.content(2, true);
    assertThat(text(VoucherPdf.render(content, content.digest(), null)))
        .contains("TVA non applicable")
        .doesNotContain("Assujetti");
  }

  @Test
  void sixtyLinesContinueOnNextPagesWithTheHeaderRepeated() throws Exception {
    VoucherContent content = Vouchers.content(60, false);
    byte[] pdf = VoucherPdf.render(content, content.digest(), null);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = stripper.getText(doc);
        assertThat(page).contains("page " + p + " / " + pages);
        if (p > 1 && page.contains("H-JOUR-")) {
          assertThat(page).as("header repeated on page " + p).contains("Désignation");
        }
      }
      String all = new PDFTextStripper().getText(doc);
      for (int i = 1; i <= 60; i++) {
        assertThat(all).contains("H-JOUR-" + i + " ");
      }
    }
  }

  @Test
  void nothingIsDrawnOutsideTheMarginsWhateverTheLengthOfNames() throws Exception {
    VoucherContent content = Vouchers.longNames(Vouchers.content(30, false));
    byte[] pdf =
        VoucherPdf.render(
            content,
            content.digest(),
            new VoucherPdf.Cancellation(LocalDate.of(2022, 3, 5), "Erreur de site ".repeat(20)));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      float scale = 1f; // one pixel per point
      int margin = 40; // the layout keeps 42 pt; 2 pt of anti-aliasing allowed
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImage(p, scale);
        List<String> ink = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
          for (int x = 0; x < image.getWidth(); x++) {
            boolean inMargin =
                x < margin
                    || y < margin
                    || x >= image.getWidth() - margin
                    || y >= image.getHeight() - margin;
            if (inMargin && (image.getRGB(x, y) & 0xffffff) != 0xffffff) {
              ink.add(x + "," + y);
            }
          }
        }
        assertThat(ink).as("ink in the margins of page " + (p + 1)).isEmpty();
      }
    }
  }

  @Test
  void aPriceCodeGetsTheWidthItNeedsOrWrapsAfterAHyphenNeverInTheMiddle() throws Exception {
    String fits = "FORFAIT-SITE";
    String longest = "INTERVENTION-URGENCE-NUIT-WE"; // 28 characters, within the 30 a code may have
    String noHyphen = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD"; // 30, wider than the widest column
    String tooWide = "FORFAIT-INTERVENTION-EXCEPTIONNELLE-NUIT-FERIEE";
    List<String> codes = List.of(fits, "H-JOUR-1", longest, noHyphen, tooWide);
    VoucherContent content = Vouchers.withCodes(Vouchers.content(1, false), codes);

    List<String> lines = lines(VoucherPdf.render(content, content.digest(), null));

    for (String code : codes) {
      List<String> shown = shownAs(lines, code);
      assertThat(shown).as(code + " in " + lines).isNotEmpty();
      for (String part : shown.subList(0, shown.size() - 1)) {
        assertThat(part).as("a line of " + code + " ends at a hyphen").endsWith("-");
      }
    }
    assertThat(shownAs(lines, fits)).containsExactly(fits);
    assertThat(shownAs(lines, noHyphen)).containsExactly(noHyphen);
    assertThat(shownAs(lines, tooWide)).hasSizeGreaterThan(1);
  }

  /**
   * How a code reads in the table: the first words of consecutive lines (the code column is the
   * leftmost) that spell it together; empty when they never do.
   */
  private static List<String> shownAs(List<String> lines, String code) {
    for (int start = 0; start < lines.size(); start++) {
      List<String> parts = new ArrayList<>();
      String spelt = "";
      for (int i = start; i < lines.size(); i++) {
        String first = lines.get(i).strip().split(" ", 2)[0];
        if (first.isEmpty() || !code.startsWith(spelt + first)) {
          break;
        }
        parts.add(first);
        spelt += first;
        if (spelt.equals(code)) {
          return parts;
        }
      }
    }
    return List.of();
  }

  private static List<String> lines(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc).lines().toList();
    }
  }

  @Test
  void isValidPdfA2b() throws Exception {
    VoucherContent content = Vouchers.content(60, false);
    assertPdfA(VoucherPdf.render(content, content.digest(), null));
    assertPdfA(
        VoucherPdf.render(
            content,
            content.digest(),
            new VoucherPdf.Cancellation(LocalDate.of(2022, 3, 5), "Doublon")));
  }

  @Test
  void twoRenderingsAreByteIdentical() {
    VoucherContent content = Vouchers.content(12, false);
    byte[] first = VoucherPdf.render(content, content.digest(), null);
    byte[] second =
        VoucherPdf.render(VoucherContent.fromJson(content.toJson()), content.digest(), null);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aCancelledVoucherShowsTheBannerAndTheDate() throws Exception {
    VoucherContent content = Vouchers.content(3, false);
    String text =
        text(
            VoucherPdf.render(
                content,
                content.digest(),
                new VoucherPdf.Cancellation(LocalDate.of(2022, 3, 5), "Doublon")));
    assertThat(text).contains("ANNULÉ le 05/03/2022 : Doublon");
  }

  private static void assertPdfA(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.isCompliant())
          .as(
              () ->
                  result.getTestAssertions().stream()
                      .filter(
                          a ->
                              a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                      .map(a -> a.getRuleId() + " " + a.getMessage())
                      .distinct()
                      .limit(10)
                      .toList()
                      .toString())
          .isTrue();
    }
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // Wrapped lines read as one: the check is on what is stated, not where lines break.
      return new PDFTextStripper().getText(doc).replaceAll("[ \\n\\r]+", " ");
    }
  }
}
