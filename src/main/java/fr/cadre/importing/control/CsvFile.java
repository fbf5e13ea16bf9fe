package fr.cadre.importing.control;

import fr.cadre.importing.entity.ImportProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file as French spreadsheets export it: UTF-8 with or without a byte-order mark, a
 * header row, ";" or "," as delimiter (whichever the header uses). Text that is not UTF-8, missing
 * columns and rows with the wrong number of cells are problems, never guesses.
 */
public final class CsvFile {

  private CsvFile() {}

  /** The rows of the file, or none when the file itself is unreadable (then a problem says why). */
  public static List<Row> read(Path path, List<String> columns, List<ImportProblem> problems) {
    String name = path.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      problems.add(new ImportProblem(name, 0, null, null, "fichier illisible : " + e.getMessage()));
      return List.of();
    }
    String text = decode(name, bytes, problems);
    if (text == null) {
      return List.of();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String header = text.lines().findFirst().orElse("");
    char delimiter = count(header, ';') >= count(header, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Row> rows = new ArrayList<>();
    long lineBefore = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> present = parser.getHeaderNames();
      List<String> missing = columns.stream().filter(c -> !present.contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            new ImportProblem(
                name,
                1,
                String.join(", ", missing),
                null,
                "colonne absente de l'en-tête (attendu : " + String.join(";", columns) + ")"));
        return List.of();
      }
      lineBefore = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        int line = (int) lineBefore + 1;
        lineBefore = parser.getCurrentLineNumber();
        if (record.size() != present.size()) {
          problems.add(
              new ImportProblem(
                  name,
                  line,
                  null,
                  null,
                  "nombre de colonnes incorrect : "
                      + record.size()
                      + " au lieu de "
                      + present.size()
                      + " (séparateur « "
                      + delimiter
                      + " »)"));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : present) {
          values.put(column, record.get(column));
        }
        rows.add(new Row(name, line, values, problems));
      }
    } catch (UncheckedIOException e) {
      // Commons CSV throws from its iterator for a quote left open: the record that failed starts
      // on the line after the last one read.
      problems.add(
          new ImportProblem(
              name,
              (int) lineBefore + 1,
              null,
              null,
              "CSV mal formé : un guillemet ouvert sur cette ligne n'est jamais refermé"));
      return List.of();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(new ImportProblem(name, 0, null, null, "CSV mal formé : " + e.getMessage()));
      return List.of();
    }
    return rows;
  }

  /**
   * Whether a file of one row has one; else a problem says so, unless the file itself was
   * unreadable (then its own problem says why).
   */
  static boolean exactlyOne(String file, List<Row> rows, List<ImportProblem> problems) {
    if (rows.isEmpty() && problems.stream().anyMatch(p -> p.file().equals(file))) {
      return false;
    }
    if (rows.size() != 1) {
      problems.add(
          new ImportProblem(
              file,
              rows.isEmpty() ? 2 : rows.get(1).line(),
              null,
              null,
              "une seule ligne attendue, " + rows.size() + " trouvée(s)"));
      return false;
    }
    return true;
  }

  /** Strict UTF-8: the first malformed byte is reported with its line. */
  private static String decode(String name, byte[] bytes, List<ImportProblem> problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(
          new ImportProblem(
              name,
              line,
              null,
              String.format("octet 0x%02X", bytes[offset] & 0xff),
              "texte qui n'est pas en UTF-8 (enregistrer le fichier en « CSV UTF-8 »)"));
      return null;
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }
}
