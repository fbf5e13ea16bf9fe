package fr.cadre.documents.control;

import fr.cadre.documents.entity.VoucherContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a voucher as an A4 PDF/A-2b document in French: every mention a voucher states, the
 * lines in a table whose header repeats on each page, "page x / y", the content's digest, and an
 * "ANNULÉ" banner when the voucher was cancelled. The output depends only on the stored content and
 * the cancellation: dates, identifiers and font subsets are derived from them, never from the
 * clock, so every download of a voucher is byte-identical. It places each of the mentions in turn,
 * one short method each; the lines table, the marks every page carries (banner, footer) and the
 * PDF/A finishing are classes of their own.
 */
public final class VoucherPdf {

  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float TEXT = LinesTable.TEXT;
  static final float SMALL = 7.5f;

  /** Set when the voucher was cancelled after issue. */
  public record Cancellation(LocalDate on, String reason) {}

  private final VoucherContent c;
  private final String digest;
  private final Cancellation cancellation;
  private PDFont regular;
  private PDFont bold;
  private PageWriter pages;
  private PageMarks marks;
  private LinesTable table;
  private boolean inTable;

  private VoucherPdf(VoucherContent content, String digest, Cancellation cancellation) {
    this.c = content;
    this.digest = digest;
    this.cancellation = cancellation;
  }

  public static byte[] render(VoucherContent content, String digest, Cancellation cancellation) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    write(content, digest, cancellation, bytes);
    return bytes.toByteArray();
  }

  public static void write(
      VoucherContent content, String digest, Cancellation cancellation, OutputStream out) {
    try {
      new VoucherPdf(content, digest, cancellation).writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeTo(OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = Fonts.forThisThread();
      regular = PDType0Font.load(doc, fonts.regular(), true);
      bold = PDType0Font.load(doc, fonts.bold(), true);
      pages = new PageWriter(doc, this::pageStarted);
      marks = new PageMarks(pages, regular, bold, c.number(), digest, cancellation);
      body();
      pages.close();
      marks.footers(doc);
      Archival.apply(doc, c, digest, cancellation);
      doc.save(out);
    }
  }

  private void body() throws IOException {
    pages.newPage();
    pages.skip(16);
    pages.show("BON DE COMMANDE n° " + c.number(), bold, 16, PageWriter.LEFT, pages.y());
    pages.showRight(
        "émis le " + french(c.issueDate()), regular, TEXT, PageWriter.RIGHT, pages.y() + 4);
    pages.paragraph(c.consortium(), regular, TEXT, PageWriter.LEFT, PageWriter.TEXT_WIDTH);
    pages.skip(6);
    labelled("Accord-cadre", c.agreementReference() + " : " + c.agreementObject());
    pages.paragraph(
        "Lot " + c.lotNumber() + " : " + c.lotLabel(),
        regular,
        TEXT,
        PageWriter.LEFT,
        PageWriter.TEXT_WIDTH);
    labelled("Objet du bon", c.object());
    pages.skip(6);
    parties();
    pages.skip(6);
    labelled(
        "Lieu de livraison",
        c.siteCode()
            + " : "
            + c.siteName()
            + (c.deliveryPlace() == null ? "" : ", " + c.deliveryPlace()));
    labelled(
        "Période d'exécution",
        "du " + french(c.executionStart()) + " au " + french(c.executionEnd()));
    if (c.allocation() != null) {
      labelled("Attribution", c.allocation());
    }
    pages.skip(8);
    table();
    totals();
    closing();
  }

  private void parties() throws IOException {
    float half = (PageWriter.TEXT_WIDTH - 14) / 2;
    float top = pages.y();
    float leftEnd =
        block(
            top,
            PageWriter.LEFT,
            half,
            "Acheteur (membre du groupement)",
            List.of(
                c.member().name(),
                "SIRET " + c.member().siret(),
                nz(c.member().address()),
                "Facturation : " + nz(c.billingAddress()),
                "Engagement : " + nz(c.commitmentNumber()),
                "Exercice " + nz(c.budgetYear()) + ", ligne budgétaire " + nz(c.budgetLine()),
                "Service Chorus Pro : " + nz(c.chorusServiceCode())));
    float rightEnd =
        block(
            top,
            PageWriter.LEFT + half + 14,
            half,
            "Titulaire",
            List.of(
                c.holder().name(),
                "SIRET " + c.holder().siret(),
                nz(c.holder().address()),
                c.vatExempt() ? "TVA non applicable" : "Assujetti à la TVA"));
    pages.skip(top - Math.min(leftEnd, rightEnd));
  }

  /** A titled block of wrapped lines in a column; returns where it ends. */
  private float block(float top, float x, float width, String title, List<String> lines)
      throws IOException {
    float y = top - TEXT * 1.4f;
    pages.show(title, bold, TEXT, x, y);
    for (String line : lines) {
      for (String part : pages.wrap(line, regular, TEXT, width)) {
        y -= TEXT * 1.35f;
        pages.show(part, regular, TEXT, x, y);
      }
    }
    return y;
  }

  private void table() throws IOException {
    table = new LinesTable(pages, regular, bold, c.lines());
    pages.ensure(60);
    inTable = true;
    table.header();
    for (VoucherContent.Line line : c.lines()) {
      table.row(line, c.vatExempt());
    }
    inTable = false;
  }

  private void totals() throws IOException {
    pages.ensure(90);
    pages.skip(6);
    total("Total HT", money(c.totalHt()), bold);
    total(
        c.vatExempt() ? "TVA non applicable" : "TVA",
        c.vatExempt() ? "—" : money(c.totalVat()),
        regular);
    total("Total TTC", money(c.totalTtc()), bold);
    pages.skip(6);
    pages.paragraph(
        "Arrêté le présent bon de commande à la somme de " + c.totalInWords() + " TTC.",
        regular,
        TEXT,
        PageWriter.LEFT,
        PageWriter.TEXT_WIDTH);
    pages.paragraph(
        c.headroomAfter() == null
            ? "Montant restant sur le maximum du lot pour la période : sans maximum."
            : "Montant restant sur le maximum du lot pour la période après ce bon : "
                + money(c.headroomAfter())
                + " HT.",
        regular,
        TEXT,
        PageWriter.LEFT,
        PageWriter.TEXT_WIDTH);
  }

  private void total(String label, String amount, PDFont font) throws IOException {
    pages.skip(TEXT * 1.5f);
    pages.showRight(label, font, TEXT + 1, PageWriter.RIGHT - 110, pages.y());
    pages.showRight(amount, font, TEXT + 1, PageWriter.RIGHT - 3, pages.y());
  }

  private void closing() throws IOException {
    pages.skip(6);
    labelled("Conditions de paiement", c.paymentTerms());
    pages.skip(4);
    pages.paragraph(c.legalBasis(), regular, SMALL, PageWriter.LEFT, PageWriter.TEXT_WIDTH);
    pages.ensure(70);
    pages.skip(18);
    float x = PageWriter.LEFT + PageWriter.TEXT_WIDTH / 2;
    pages.show("Pour l'acheteur, le signataire :", bold, TEXT, x, pages.y());
    pages.paragraph(
        nz(c.signatoryName()) + (c.signatoryRole() == null ? "" : ", " + c.signatoryRole()),
        regular,
        TEXT,
        x,
        PageWriter.TEXT_WIDTH / 2);
    pages.skip(36);
  }

  private void labelled(String label, String value) throws IOException {
    pages.paragraph(
        label + " : " + nz(value), regular, TEXT, PageWriter.LEFT, PageWriter.TEXT_WIDTH);
  }

  /** Every page starts with the cancellation banner, if any, and the table header inside it. */
  private void pageStarted() {
    try {
      marks.banner();
      if (inTable) {
        table.header();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String money(String amount) {
    return LinesTable.money(amount);
  }

  private static String french(String isoDate) {
    return LocalDate.parse(isoDate).format(FRENCH_DATE);
  }

  private static String nz(String value) {
    return value == null ? "—" : value;
  }
}
