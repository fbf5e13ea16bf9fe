package fr.cadre.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("French CSV: byte-order mark, semicolons, decimal comma, dd/MM/yyyy, quoted text")
class FrenchCsvTest {

  @Test
  void cellsAreWrittenAsFrenchSpreadsheetsReadThem() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvTable table = new CsvTable(out)) {
      table.header(List.of(new Table.Column("Objet", 10), new Table.Column("Montant", 10)));
      table.row(
          Arrays.asList(
              "Médiation; mars", new BigDecimal("1234.50"), LocalDate.of(2025, 3, 1), null, 7));
    }
    byte[] bytes = out.toByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("Objet;Montant\r\n\"Médiation; mars\";1234,50;01/03/2025;;7\r\n");
  }
}
