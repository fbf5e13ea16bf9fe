package fr.cadre.documents.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes text on A4 pages inside fixed margins: wraps what is too long, breaks words longer than a
 * line, and opens a new page when the next block does not fit. Nothing is ever drawn outside the
 * margins, whatever the length of names and labels.
 */
final class PageWriter implements AutoCloseable {

  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();
  static final float MARGIN = 42;
  static final float LEFT = MARGIN;
  static final float RIGHT = WIDTH - MARGIN;

  /** The width of a line between the margins. */
  static final float TEXT_WIDTH = RIGHT - LEFT;

  static final float TOP = HEIGHT - MARGIN;

  /** Room kept at the bottom of every page for the footer (page x / y, digest). */
  static final float BOTTOM = MARGIN + 30;

  private final PDDocument document;
  private final List<PDPage> pages = new ArrayList<>();
  private final Runnable onNewPage;
  private PDPageContentStream out;
  private float y;

  PageWriter(PDDocument document, Runnable onNewPage) {
    this.document = document;
    this.onNewPage = onNewPage;
  }

  List<PDPage> pages() {
    return pages;
  }

  float y() {
    return y;
  }

  PDPageContentStream stream() {
    return out;
  }

  void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    pages.add(page);
    out = new PDPageContentStream(document, page);
    y = TOP;
    onNewPage.run();
  }

  /** Makes sure {@code height} points fit before the footer, else starts a new page. */
  void ensure(float height) throws IOException {
    if (out == null || y - height < BOTTOM) {
      newPage();
    }
  }

  void skip(float points) {
    y -= points;
  }

  /** A paragraph wrapped to [x, x + width], starting on the current line. */
  void paragraph(String text, PDFont font, float size, float x, float width) throws IOException {
    for (String line : wrap(text, font, size, width)) {
      ensure(size * 1.35f);
      y -= size * 1.35f;
      show(line, font, size, x, y);
    }
  }

  void show(String text, PDFont font, float size, float x, float atY) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, atY);
    out.showText(text);
    out.endText();
  }

  /** A horizontal rule across the page at the current line. */
  void rule(float lineWidth) throws IOException {
    out.setLineWidth(lineWidth);
    out.moveTo(LEFT, y);
    out.lineTo(RIGHT, y);
    out.stroke();
  }

  void showRight(String text, PDFont font, float size, float right, float atY) throws IOException {
    show(text, font, size, right - width(text, font, size), atY);
  }

  /**
   * Width in points. Glyph widths are looked up once per character and font (the font's own lookup
   * encodes the whole string every time, which made measuring dearer than drawing).
   */
  float width(String text, PDFont font, float size) throws IOException {
    Map<Integer, Float> widths = glyphWidths.computeIfAbsent(font, f -> new HashMap<>());
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      Float w = widths.get(codePoint);
      if (w == null) {
        w = font.getStringWidth(new String(Character.toChars(codePoint)));
        widths.put(codePoint, w);
      }
      units += w;
      i += Character.charCount(codePoint);
    }
    return units / 1000 * size;
  }

  private final Map<PDFont, Map<Integer, Float>> glyphWidths = new IdentityHashMap<>();

  /** Lines no wider than {@code width}: broken at spaces, and inside words when one is too long. */
  List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    float space = width(" ", font, size);
    for (String paragraph : (text == null ? "" : text).split("\n")) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String word : paragraph.split(" ")) {
        float wordWidth = width(word, font, size);
        float candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
        if (candidate <= width) {
          if (!line.isEmpty()) {
            line.append(' ');
          }
          line.append(word);
          lineWidth = candidate;
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(rest, font, size) > width) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
        lineWidth = width(rest, font, size);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
