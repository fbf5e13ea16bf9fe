package fr.cadre.pages.ledger;

import fr.cadre.kernel.Money;
import fr.cadre.ledger.control.Series;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A lot's cumulative committed amount over the months of one period, drawn as inline SVG against
 * its maximum and minimum: only coordinates, worked out from the series the API serves, so that the
 * template holds no arithmetic. The figures themselves are shown in the table that follows it.
 */
public record Chart(
    Series.Line line, List<Dot> dots, String points, Integer maximumY, Integer minimumY) {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 240;
  public static final int LEFT = 40;
  public static final int TOP = 16;
  public static final int BOTTOM = 200;

  /** One month: where it is drawn, and its label on the x axis. */
  public record Dot(int x, int y, String month) {}

  public static Chart of(Series.Line line) {
    BigDecimal top = BigDecimal.ONE;
    for (Series.Point p : line.points()) {
      top = top.max(p.cumulated().amount());
    }
    if (line.maximum() != null) {
      top = top.max(line.maximum().amount());
    }
    if (line.minimum() != null) {
      top = top.max(line.minimum().amount());
    }
    top = top.multiply(new BigDecimal("1.1"));
    int n = line.points().size();
    int span = WIDTH - LEFT - 20;
    List<Dot> dots = new ArrayList<>();
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Series.Point p = line.points().get(i);
      int x = LEFT + (n == 1 ? span / 2 : span * i / (n - 1));
      int y = y(p.cumulated(), top);
      dots.add(new Dot(x, y, p.month().toString()));
      points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
    }
    return new Chart(
        line,
        dots,
        points.toString(),
        line.maximum() == null ? null : y(line.maximum(), top),
        line.minimum() == null || line.minimum().amount().signum() == 0
            ? null
            : y(line.minimum(), top));
  }

  private static int y(Money amount, BigDecimal top) {
    BigDecimal share = amount.amount().divide(top, 6, RoundingMode.HALF_UP);
    return BOTTOM - share.multiply(BigDecimal.valueOf(BOTTOM - TOP)).intValue();
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return WIDTH - 20;
  }

  public int bottom() {
    return BOTTOM;
  }
}
