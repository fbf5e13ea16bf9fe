package fr.cadre.pages.ledger;

import fr.cadre.ledger.control.Overview;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed amount of each member or site, one period after the other, drawn as inline SVG
 * horizontal bars on one scale: only coordinates, worked out from the overview's rows, so that the
 * template holds no arithmetic. The figures themselves are shown in the table that follows it.
 */
public record Bars(String id, List<Bar> bars) {

  public static final int WIDTH = 640;
  public static final int LABEL = 220;
  public static final int SPAN = 300;
  public static final int ROW = 28;
  public static final int TOP = 8;

  /** One row of the overview, where its bar starts down the chart and how long it is. */
  public record Bar(Overview.Row row, int y, int length) {

    public int textY() {
      return y + 15;
    }

    public int end() {
      return LABEL + length + 6;
    }
  }

  /** Bars of the rows where something was committed; the tables show the others. */
  public static Bars of(String id, List<Overview.Row> all) {
    List<Overview.Row> rows =
        all.stream().filter(r -> r.figures().committed().amount().signum() > 0).toList();
    BigDecimal top = BigDecimal.ONE;
    for (Overview.Row r : rows) {
      top = top.max(r.figures().committed().amount());
    }
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal committed = rows.get(i).figures().committed().amount().max(BigDecimal.ZERO);
      int length =
          committed
              .multiply(BigDecimal.valueOf(SPAN))
              .divide(top, 0, RoundingMode.HALF_UP)
              .intValue();
      bars.add(new Bar(rows.get(i), TOP + i * ROW, length));
    }
    return new Bars(id, List.copyOf(bars));
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return TOP * 2 + bars.size() * ROW;
  }

  public int left() {
    return LABEL;
  }

  public int labelX() {
    return LABEL - 8;
  }
}
