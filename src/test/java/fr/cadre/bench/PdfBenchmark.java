package fr.cadre.bench;

import fr.cadre.documents.control.Fonts;
import fr.cadre.documents.control.VoucherPdf;
import fr.cadre.documents.control.Vouchers;
import fr.cadre.documents.entity.VoucherContent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Voucher documents rendered per second, on one thread and on every core, beside a baseline
 * measured in the same run: a bare PDFBox page with the same fonts showing the same text (what the
 * voucher's text extracts to), without layout, metadata or PDF/A. Then a ZIP of 1,000 vouchers
 * written to a sink: time and peak heap.
 *
 * <p>{@code mvn -Pbench-pdf verify}; {@code -Dbench.seconds} per measure (default 10).
 */
public final class PdfBenchmark {

  private static final long SECONDS = Long.getLong("bench.seconds", 10);
  private static final VoucherContent VOUCHER = Vouchers.content(8, false);
  private static final String DIGEST = VOUCHER.digest();

  public static void main(String[] args) throws Exception {
    List<String> text = textOf(VoucherPdf.render(VOUCHER, DIGEST, null));
    Supplier<byte[]> voucher = () -> VoucherPdf.render(VOUCHER, DIGEST, null);
    Supplier<byte[]> baseline = () -> barePage(text);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "PDF benchmark: an 8-line voucher (%d lines of text), %d s per measure, %d cores%n",
        text.size(), SECONDS, cores);
    throughput("warm-up", baseline, voucher, 1, Math.max(3, SECONDS / 2));
    throughput("one thread", baseline, voucher, 1, SECONDS);
    throughput("all cores", baseline, voucher, cores, SECONDS);
    zipOfThousand();
  }

  private static void throughput(
      String name, Supplier<byte[]> baseline, Supplier<byte[]> voucher, int threads, long seconds)
      throws Exception {
    // Interleaved twice (baseline, voucher, baseline, voucher) so that drift hits both alike.
    double base = (rate(baseline, threads, seconds / 2.0) + 0);
    double ours = rate(voucher, threads, seconds / 2.0);
    base = (base + rate(baseline, threads, seconds / 2.0)) / 2;
    ours = (ours + rate(voucher, threads, seconds / 2.0)) / 2;
    if (!name.equals("warm-up")) {
      System.out.printf(
          "%-11s baseline (bare page, same fonts and text) %7.0f docs/s   voucher %7.0f docs/s"
              + "   %5.0f %% of the baseline (target >= 80 %%)%n",
          name, base, ours, 100 * ours / base);
    }
  }

  private static double rate(Supplier<byte[]> render, int threads, double seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    long start = System.nanoTime();
    List<Future<Long>> counts =
        java.util.stream.IntStream.range(0, threads)
            .mapToObj(
                t ->
                    pool.submit(
                        () -> {
                          long n = 0;
                          while (!stop.get()) {
                            if (render.get().length == 0) {
                              throw new IllegalStateException("empty document");
                            }
                            n++;
                          }
                          return n;
                        }))
            .toList();
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    long total = 0;
    for (Future<Long> c : counts) {
      total += c.get();
    }
    pool.shutdown();
    return total / ((System.nanoTime() - start) / 1e9);
  }

  /** A thousand vouchers into a ZIP, as the archive download streams them: time and peak heap. */
  private static void zipOfThousand() throws IOException {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long usedBefore = used();
    CountingSink sink = new CountingSink();
    long start = System.nanoTime();
    try (ZipOutputStream zip = new ZipOutputStream(sink)) {
      for (int i = 1; i <= 1000; i++) {
        zip.putNextEntry(new ZipEntry(String.format("2022-%06d.pdf", i)));
        VoucherPdf.write(VOUCHER, DIGEST, null, zip);
        zip.closeEntry();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long live =
        heap.stream()
            .map(MemoryPoolMXBean::getCollectionUsage)
            .filter(java.util.Objects::nonNull)
            .mapToLong(java.lang.management.MemoryUsage::getUsed)
            .sum();
    System.out.printf(
        "ZIP of 1,000 vouchers: %.1f s (%.0f docs/s), %.1f MB written; heap before %.0f MB,"
            + " peak %.0f MB counting uncollected garbage, %.0f MB live after the last GC%n",
        seconds, 1000 / seconds, sink.count / 1e6, usedBefore / 1e6, peak / 1e6, live / 1e6);
  }

  private static long used() {
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  /** The baseline: one A4 page, the same embedded fonts, the same lines of text, nothing else. */
  private static byte[] barePage(List<String> lines) {
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = Fonts.forThisThread();
      PDFont regular = PDType0Font.load(doc, fonts.regular(), true);
      PDFont bold = PDType0Font.load(doc, fonts.bold(), true);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y = 800;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          s.beginText();
          // Bold for the lines the voucher sets in bold (its title and table header), as near.
          s.setFont(i == 0 || line.startsWith("Code ") ? bold : regular, 8);
          s.newLineAtOffset(40, y);
          s.showText(line);
          s.endText();
          y -= 11;
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(32 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> textOf(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
