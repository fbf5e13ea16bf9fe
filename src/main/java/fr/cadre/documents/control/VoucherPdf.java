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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays out a voucher as an A4 PDF/A-2b document in French: every mention a voucher states, the
 * lines in a table whose header repeats on each page, "page x / y", the content's digest, and an
 * "ANNULÉ" banner when the voucher was cancelled. The output depends only on the stored content and
 * the cancellation: dates, identifiers and font subsets are derived from them, never from the
 * clock, so every download of a voucher is byte-identical. A little over 300 lines: it places each
 * of the mentions in turn, one short method each; the lines table and the PDF/A finishing are
 * classes of their own.
 */
public final class VoucherPdf {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float TEXT = LinesTable.TEXT;
  private static final float SMALL = 7.5f;

  /** Set when the voucher was cancelled after issue. */
  public record Cancellation(LocalDate on, String reason) {}

  private final VoucherContent c;
  private final String digest;
  private final Cancellation cancellation;
  private PDDocument document;
  private PDFont regular;
  private PDFont bold;
  private PageWriter pages;
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
      document = doc;
      Fonts fonts = Fonts.forThisThread();
      regular = PDType0Font.load(doc, fonts.regular(), true);
      bold = PDType0Font.load(doc, fonts.bold(), true);
      pages = new PageWriter(doc, this::pageStarted);
      body();
      pages.close();
      footers();
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
    pages.paragraph(c.consortium(), regular, TEXT, PageWriter.LEFT, full());
    pages.skip(6);
    labelled("Accord-cadre", c.agreementReference() + " : " + c.agreementObject());
    pages.paragraph(
        "Lot " + c.lotNumber() + " : " + c.lotLabel(), regular, TEXT, PageWriter.LEFT, full());
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
    float half = (full() - 14) / 2;
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
        full());
    pages.paragraph(
        c.headroomAfter() == null
            ? "Montant restant sur le maximum du lot pour la période : sans maximum."
            : "Montant restant sur le maximum du lot pour la période après ce bon : "
                + money(c.headroomAfter())
                + " HT.",
        regular,
        TEXT,
        PageWriter.LEFT,
        full());
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
    pages.paragraph(c.legalBasis(), regular, SMALL, PageWriter.LEFT, full());
    pages.ensure(70);
    pages.skip(18);
    float x = PageWriter.LEFT + full() / 2;
    pages.show("Pour l'acheteur, le signataire :", bold, TEXT, x, pages.y());
    pages.paragraph(
        nz(c.signatoryName()) + (c.signatoryRole() == null ? "" : ", " + c.signatoryRole()),
        regular,
        TEXT,
        x,
        full() / 2);
    pages.skip(36);
  }

  private void labelled(String label, String value) throws IOException {
    pages.paragraph(label + " : " + nz(value), regular, TEXT, PageWriter.LEFT, full());
  }

  /** Every page starts with the cancellation banner, if any, and the table header inside it. */
  private void pageStarted() {
    try {
      if (cancellation != null) {
        banner();
      }
      if (inTable) {
        table.header();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void banner() throws IOException {
    PDPageContentStream s = pages.stream();
    s.saveGraphicsState();
    s.setNonStrokingColor(0.96f, 0.80f, 0.80f);
    s.beginText();
    s.setFont(bold, 96);
    s.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), 120, 230));
    s.showText("ANNULÉ");
    s.endText();
    s.setNonStrokingColor(0.75f, 0f, 0f);
    String line =
        "ANNULÉ le "
            + cancellation.on().format(FRENCH_DATE)
            + (cancellation.reason() == null ? "" : " : " + cancellation.reason());
    for (String part : pages.wrap(line, bold, 11, full())) {
      pages.skip(13);
      pages.show(part, bold, 11, PageWriter.LEFT, pages.y());
    }
    s.restoreGraphicsState();
    pages.skip(6);
  }

  private void footers() throws IOException {
    int count = pages.pages().size();
    for (int i = 0; i < count; i++) {
      PDPage page = pages.pages().get(i);
      try (PDPageContentStream s =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        s.setLineWidth(0.5f);
        s.moveTo(PageWriter.LEFT, PageWriter.MARGIN + 22);
        s.lineTo(PageWriter.RIGHT, PageWriter.MARGIN + 22);
        s.stroke();
        text(
            s,
            "Bon de commande n° " + c.number(),
            regular,
            SMALL,
            PageWriter.LEFT,
            PageWriter.MARGIN + 12);
        String pageNo = "page " + (i + 1) + " / " + count;
        text(
            s,
            pageNo,
            regular,
            SMALL,
            PageWriter.RIGHT - pages.width(pageNo, regular, SMALL),
            PageWriter.MARGIN + 12);
        text(
            s,
            "Empreinte SHA-256 du contenu : " + digest,
            regular,
            6.5f,
            PageWriter.LEFT,
            PageWriter.MARGIN + 2);
      }
    }
  }

  private static void text(
      PDPageContentStream s, String text, PDFont font, float size, float x, float y)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  private static float full() {
    return PageWriter.RIGHT - PageWriter.LEFT;
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
