package fr.cadre.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fewer B-trees written by each issue on the embedded H2 database; PostgreSQL is left as it is.
 *
 * <p>H2 gives every foreign key an index of its own unless one with exactly its columns exists, and
 * with the durable setting (WRITE_DELAY=0) each commit rewrites every B-tree it touched, from leaf
 * to root: about 35 µs per tree on this machine. An issue wrote 22 of them. This migration removes
 * the ones that duplicate another or that no query needs:
 *
 * <ul>
 *   <li>{@code voucher_member_idx}, {@code voucher_site_idx}, {@code voucher_operator_idx} and
 *       {@code voucher_event_voucher_idx} duplicate the indexes H2 made for the foreign keys on the
 *       same columns (PostgreSQL makes none, so there they stay);
 *   <li>{@code voucher_lot_period_idx}: the lot's foreign-key index serves filtered lists, and the
 *       reconciliation reads running totals against a scan, which it can afford;
 *   <li>the foreign keys from {@code voucher} to {@code consortium} and {@code agreement}, with
 *       their indexes: both columns copy the voucher's lot's, whose own foreign key holds, and the
 *       number's unique index already leads with the consortium. H2 named these keys itself, so
 *       they are found by column in the information schema, which is why this migration is Java and
 *       not SQL.
 * </ul>
 */
public class V6__Lean_voucher_indexes_on_h2 extends BaseJavaMigration {

  private static final List<String> UNNEEDED_INDEXES =
      List.of(
          "voucher_member_idx",
          "voucher_site_idx",
          "voucher_operator_idx",
          "voucher_event_voucher_idx",
          "voucher_lot_period_idx");

  private static final List<String> COPIED_COLUMNS = List.of("CONSORTIUM_ID", "AGREEMENT_ID");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (Dialect.of(connection) != Dialect.H2) {
      return;
    }
    try (Statement ddl = connection.createStatement()) {
      for (String index : UNNEEDED_INDEXES) {
        ddl.execute("DROP INDEX IF EXISTS " + index);
      }
      for (String constraint : foreignKeys(connection, "VOUCHER", COPIED_COLUMNS)) {
        ddl.execute("ALTER TABLE voucher DROP CONSTRAINT " + constraint);
      }
    }
  }

  /** The names of the table's foreign keys on any of these columns. */
  private static List<String> foreignKeys(Connection c, String table, List<String> columns)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'FOREIGN KEY'"
                + " AND t.TABLE_SCHEMA = CURRENT_SCHEMA")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (columns.contains(rows.getString(2))) {
            names.add(rows.getString(1));
          }
        }
      }
    }
    return names;
  }
}
