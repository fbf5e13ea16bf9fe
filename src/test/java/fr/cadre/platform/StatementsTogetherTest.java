package fr.cadre.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTogetherTest {

  @Test
  void numberedParametersBecomePositionalInTheOrderTheyAppearRepeatedWhereUsedTwice() {
    NativeStatement consume =
        NativeStatement.of(
            "UPDATE lot_period SET consumed = consumed + ?1 WHERE lot_id = ?2"
                + " AND period_index = ?3 AND consumed + ?1 <= maximum",
            new BigDecimal("12.34"),
            7L,
            2);
    List<Object> parameters = new ArrayList<>(List.of("before"));

    String sql = StatementsTogether.positional(consume, parameters);

    assertEquals(
        "UPDATE lot_period SET consumed = consumed + ? WHERE lot_id = ?"
            + " AND period_index = ? AND consumed + ? <= maximum",
        sql);
    assertEquals(
        List.of("before", new BigDecimal("12.34"), 7L, 2, new BigDecimal("12.34")), parameters);
  }

  @Test
  void parametersAreReadByTheirNumberNotTheirPlace() {
    NativeStatement counter =
        NativeStatement.of(
            "UPDATE voucher_counter SET last_number = last_number + ?3"
                + " WHERE consortium_id = ?1 AND counter_year = ?2",
            5L,
            2026,
            4);
    List<Object> parameters = new ArrayList<>();

    StatementsTogether.positional(counter, parameters);

    assertEquals(List.of(4, 5L, 2026), parameters);
  }
}
