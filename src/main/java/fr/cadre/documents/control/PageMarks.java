package fr.cadre.documents.control;

import fr.cadre.documents.control.VoucherPdf.Cancellation;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * What every page of a voucher carries besides its mentions: the "ANNULÉ" banner of a cancelled
 * voucher at the top, and at the foot the voucher's number, "page x / y" and the digest of its
 * content, written once the page count is known.
 */
final class PageMarks {

  private final PageWriter pages;
  private final PDFont regular;
  private final PDFont bold;
  private final String number;
  private final String digest;
  private final Cancellation cancellation;

  PageMarks(
      PageWriter pages,
      PDFont regular,
      PDFont bold,
      String number,
      String digest,
      Cancellation cancellation) {
    this.pages = pages;
    this.regular = regular;
    this.bold = bold;
    this.number = number;
    this.digest = digest;
    this.cancellation = cancellation;
  }

  /** The banner across the page just started, when the voucher was cancelled. */
  void banner() throws IOException {
    if (cancellation == null) {
      return;
    }
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
            + cancellation.on().format(VoucherPdf.FRENCH_DATE)
            + (cancellation.reason() == null ? "" : " : " + cancellation.reason());
    for (String part : pages.wrap(line, bold, 11, PageWriter.TEXT_WIDTH)) {
      pages.skip(13);
      pages.show(part, bold, 11, PageWriter.LEFT, pages.y());
    }
    s.restoreGraphicsState();
    pages.skip(6);
  }

  /** The foot of every page of the finished document. */
  void footers(PDDocument document) throws IOException {
    List<PDPage> all = pages.pages();
    int count = all.size();
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream s =
          new PDPageContentStream(
              document, all.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        s.setLineWidth(0.5f);
        s.moveTo(PageWriter.LEFT, PageWriter.MARGIN + 22);
        s.lineTo(PageWriter.RIGHT, PageWriter.MARGIN + 22);
        s.stroke();
        text(
            s,
            "Bon de commande n° " + number,
            regular,
            VoucherPdf.SMALL,
            PageWriter.LEFT,
            PageWriter.MARGIN + 12);
        String pageNo = "page " + (i + 1) + " / " + count;
        text(
            s,
            pageNo,
            regular,
            VoucherPdf.SMALL,
            PageWriter.RIGHT - pages.width(pageNo, regular, VoucherPdf.SMALL),
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
}
