package fr.cadre.documents.control;

import fr.cadre.documents.entity.VoucherContent;
import fr.cadre.kernel.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The voucher's lines as a table across the page: code, label, unit, quantity, unit price, line
 * total and VAT rate. A price code is what the holder's invoice will quote back, so it is never
 * broken in the middle: the code column widens to the longest code (taking the room from the label,
 * which wraps at spaces), a code wider still wraps after one of its hyphens, and a part without a
 * hyphen that is wider than the widest column is set smaller rather than cut.
 */
final class LinesTable {

  static final float TEXT = 9;
  private static final float PAD = 3;
  private static final float LINE = TEXT * 1.3f;

  /** Code, label, unit, quantity, unit price, line total, VAT: the whole width between margins. */
  private static final float[] COLUMNS = {62, 185, 50, 42, 62, 70, 40};

  private static final float CODE_MAX = 130;
  private static final String[] HEADERS = {
    "Code", "Désignation", "Unité", "Qté", "PU HT", "Total HT", "TVA"
  };

  private final PageWriter pages;
  private final PDFont regular;
  private final PDFont bold;
  private final float[] columns;

  LinesTable(PageWriter pages, PDFont regular, PDFont bold, List<VoucherContent.Line> lines)
      throws IOException {
    this.pages = pages;
    this.regular = regular;
    this.bold = bold;
    float code = pages.width(HEADERS[0], bold, TEXT);
    for (VoucherContent.Line line : lines) {
      code = Math.max(code, pages.width(line.code(), regular, TEXT));
    }
    columns = COLUMNS.clone();
    columns[0] = Math.max(COLUMNS[0], Math.min(CODE_MAX, code + 2 * PAD));
    columns[1] -= columns[0] - COLUMNS[0];
  }

  /** The header row; drawn again at the top of each page the table continues on. */
  void header() throws IOException {
    pages.skip(TEXT + 4);
    float x = PageWriter.LEFT;
    for (int i = 0; i < HEADERS.length; i++) {
      if (i >= 3) {
        pages.showRight(HEADERS[i], bold, TEXT, x + columns[i] - PAD, pages.y());
      } else {
        pages.show(HEADERS[i], bold, TEXT, x + PAD, pages.y());
      }
      x += columns[i];
    }
    pages.skip(4);
    pages.rule(0.8f);
  }

  void row(VoucherContent.Line line, boolean vatExempt) throws IOException {
    String[] cells = {
      line.code(),
      line.label(),
      line.unit(),
      quantity(line.quantity()),
      money(line.unitPrice()),
      money(line.lineHt()),
      vatExempt ? "—" : rate(line.vatRate())
    };
    List<Cell> wrapped = new ArrayList<>();
    wrapped.add(code(line.code(), columns[0] - 2 * PAD));
    int height = wrapped.get(0).parts().size();
    for (int i = 1; i < cells.length; i++) {
      Cell cell = new Cell(pages.wrap(cells[i], regular, TEXT, columns[i] - 2 * PAD), TEXT);
      wrapped.add(cell);
      height = Math.max(height, cell.parts().size());
    }
    float rowHeight = height * LINE + 4;
    pages.ensure(rowHeight);
    float top = pages.y();
    float x = PageWriter.LEFT;
    for (int i = 0; i < cells.length; i++) {
      float y = top - TEXT - 1;
      Cell cell = wrapped.get(i);
      for (String part : cell.parts()) {
        if (i >= 3) {
          pages.showRight(part, regular, cell.size(), x + columns[i] - PAD, y);
        } else {
          pages.show(part, regular, cell.size(), x + PAD, y);
        }
        y -= LINE;
      }
      x += columns[i];
    }
    pages.skip(rowHeight);
    pages.rule(0.3f);
  }

  /** A cell's lines and the size they are set in. */
  private record Cell(List<String> parts, float size) {}

  /** A code on as few lines as fit, broken only after a hyphen, smaller if a part cannot fit. */
  private Cell code(String code, float width) throws IOException {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int hyphen; (hyphen = code.indexOf('-', from)) >= 0; from = hyphen + 1) {
      pieces.add(code.substring(from, hyphen + 1));
    }
    if (from < code.length() || pieces.isEmpty()) {
      pieces.add(code.substring(from));
    }
    float widest = 0;
    for (String piece : pieces) {
      widest = Math.max(widest, pages.width(piece, regular, TEXT));
    }
    float size = widest > width ? TEXT * width / widest : TEXT;
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String piece : pieces) {
      if (!part.isEmpty() && pages.width(part + piece, regular, size) > width) {
        parts.add(part.toString());
        part.setLength(0);
      }
      part.append(piece);
    }
    parts.add(part.toString());
    return new Cell(parts, size);
  }

  static String money(String amount) {
    return new Money(new BigDecimal(amount)).toFrench();
  }

  private static String quantity(String quantity) {
    return new BigDecimal(quantity).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static String rate(String rate) {
    return new BigDecimal(rate).stripTrailingZeros().toPlainString().replace('.', ',') + "\u00a0%";
  }
}
