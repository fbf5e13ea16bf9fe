package fr.cadre.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans (free licence, shipped in jasperreports-fonts): prints accents, € and the narrow
 * no-break space of French amounts, and can be embedded as PDF/A requires. Parsing a TrueType font
 * costs more than laying out a voucher, so each thread parses it once and keeps it (a parsed font
 * reads its tables lazily and is not safe to share between threads).
 */
public final class Fonts {

  private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = load("DejaVuSans.ttf");
  private static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

  private static final ThreadLocal<Fonts> PER_THREAD = ThreadLocal.withInitial(Fonts::new);

  private final TrueTypeFont regular = parse(REGULAR);
  private final TrueTypeFont bold = parse(BOLD);

  private Fonts() {}

  public static Fonts forThisThread() {
    return PER_THREAD.get();
  }

  public TrueTypeFont regular() {
    return regular;
  }

  public TrueTypeFont bold() {
    return bold;
  }

  private static TrueTypeFont parse(byte[] bytes) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] load(String name) {
    try (InputStream in = Fonts.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
