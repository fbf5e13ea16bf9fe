package fr.cadre.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A schema as JDBC metadata describes it, one line per fact ("column voucher.total_ht decimal(14,2)
 * not null", "foreign key voucher (lot_id) -> lot (id)"), written the same way on H2 and
 * PostgreSQL: lower-case names, types by family and size, keys and indexes by their columns (the
 * databases name them differently), an index's descending columns marked {@code desc}. Where an
 * index puts NULLs is not in JDBC's metadata: the lists that depend on it say so in their queries
 * and in V17, and VoucherListOrderIT checks their order. Flyway's own history table is left out.
 */
record SchemaSnapshot(Set<String> facts) {

  private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "VIEW");

  static SchemaSnapshot of(Connection c, String schema) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    Set<String> facts = new TreeSet<>();
    for (String table : tables(meta, schema, facts)) {
      columns(meta, schema, table, facts);
      primaryKey(meta, schema, table, facts);
      foreignKeys(meta, schema, table, facts);
      indexes(meta, schema, table, facts);
    }
    sequences(c, schema, facts);
    return new SchemaSnapshot(facts);
  }

  /** The columns of the foreign keys of each table, as {@code table (a, b)}. */
  Set<String> foreignKeyColumns() {
    Set<String> keys = new TreeSet<>();
    for (String fact : facts) {
      if (fact.startsWith("foreign key ")) {
        keys.add(fact.substring("foreign key ".length(), fact.indexOf(" -> ")));
      }
    }
    return keys;
  }

  private static List<String> tables(DatabaseMetaData meta, String schema, Set<String> facts)
      throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = meta.getTables(null, schema, "%", null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE");
        String name = rows.getString("TABLE_NAME");
        if (TABLE_TYPES.contains(type) && !name.equalsIgnoreCase("flyway_schema_history")) {
          tables.add(name);
          facts.add((type.equals("VIEW") ? "view " : "table ") + lower(name));
        }
      }
    }
    return tables;
  }

  private static void columns(DatabaseMetaData meta, String schema, String table, Set<String> facts)
      throws SQLException {
    try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
      while (rows.next()) {
        facts.add(
            "column "
                + lower(table)
                + "."
                + lower(rows.getString("COLUMN_NAME"))
                + " "
                + type(rows.getString("TYPE_NAME"), rows.getInt("COLUMN_SIZE"), rows)
                + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : ""));
      }
    }
  }

  /** The type's family, with the size where the schema chose it. */
  static String type(String typeName, int size, ResultSet row) throws SQLException {
    String name = typeName.toLowerCase(Locale.ROOT);
    return switch (name) {
      case "int2", "smallint" -> "smallint";
      case "int4", "integer", "int" -> "integer";
      case "int8", "bigint" -> "bigint";
      case "bool", "boolean" -> "boolean";
      case "date" -> "date";
      case "timestamp", "timestamp without time zone" -> "timestamp";
      case "timestamptz", "timestamp with time zone" -> "timestamp with time zone";
      case "numeric", "decimal" -> "decimal(" + size + "," + row.getInt("DECIMAL_DIGITS") + ")";
      case "varchar", "character varying" -> "varchar(" + size + ")";
      case "bpchar", "char", "character" -> "char(" + size + ")";
      case "text", "clob", "character large object" -> "text";
      case "bytea", "blob", "binary large object", "varbinary", "binary varying" -> "binary";
      default -> name;
    };
  }

  private static void primaryKey(
      DatabaseMetaData meta, String schema, String table, Set<String> facts) throws SQLException {
    Map<Integer, String> columns = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
      while (rows.next()) {
        columns.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
      }
    }
    if (!columns.isEmpty()) {
      facts.add("primary key " + lower(table) + " (" + String.join(", ", columns.values()) + ")");
    }
  }

  private static void foreignKeys(
      DatabaseMetaData meta, String schema, String table, Set<String> facts) throws SQLException {
    // Grouped by the key's name within one database: two keys may lead to the same table.
    Map<String, Map<Integer, String>> from = new TreeMap<>();
    Map<String, Map<Integer, String>> to = new TreeMap<>();
    Map<String, String> target = new TreeMap<>();
    try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
      while (rows.next()) {
        String key = rows.getString("FK_NAME");
        int seq = rows.getInt("KEY_SEQ");
        from.computeIfAbsent(key, k -> new TreeMap<>())
            .put(seq, lower(rows.getString("FKCOLUMN_NAME")));
        to.computeIfAbsent(key, k -> new TreeMap<>())
            .put(seq, lower(rows.getString("PKCOLUMN_NAME")));
        target.put(key, lower(rows.getString("PKTABLE_NAME")));
        target.put(key + " rule", rule(rows.getShort("DELETE_RULE")));
      }
    }
    for (String key : from.keySet()) {
      facts.add(
          "foreign key "
              + lower(table)
              + " ("
              + String.join(", ", from.get(key).values())
              + ") -> "
              + target.get(key)
              + " ("
              + String.join(", ", to.get(key).values())
              + ")"
              + target.get(key + " rule"));
    }
  }

  /**
   * What deleting a referenced row does. RESTRICT and NO ACTION both refuse it (they differ only
   * for deferred checks, which Cadre never uses), and H2 reports its default as RESTRICT.
   */
  private static String rule(short deleteRule) {
    return switch (deleteRule) {
      case DatabaseMetaData.importedKeyCascade -> " on delete cascade";
      case DatabaseMetaData.importedKeySetNull -> " on delete set null";
      case DatabaseMetaData.importedKeySetDefault -> " on delete set default";
      default -> "";
    };
  }

  private static void indexes(DatabaseMetaData meta, String schema, String table, Set<String> facts)
      throws SQLException {
    Map<String, Map<Integer, String>> columns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
      while (rows.next()) {
        String index = rows.getString("INDEX_NAME");
        if (index == null || rows.getString("COLUMN_NAME") == null) {
          continue; // table statistics, or an index on an expression
        }
        columns
            .computeIfAbsent(index, i -> new TreeMap<>())
            .put(
                rows.getInt("ORDINAL_POSITION"),
                lower(rows.getString("COLUMN_NAME"))
                    + ("D".equals(rows.getString("ASC_OR_DESC")) ? " desc" : ""));
        unique.put(index, !rows.getBoolean("NON_UNIQUE"));
      }
    }
    columns.forEach(
        (index, cols) ->
            facts.add(
                (unique.get(index) ? "unique index " : "index ")
                    + lower(table)
                    + " ("
                    + String.join(", ", cols.values())
                    + ")"));
  }

  private static void sequences(Connection c, String schema, Set<String> facts)
      throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT sequence_name, start_value, increment FROM information_schema.sequences"
                + " WHERE sequence_schema = ?")) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          facts.add(
              "sequence "
                  + lower(rows.getString(1))
                  + " start "
                  + Long.parseLong(rows.getString(2).trim())
                  + " increment "
                  + Long.parseLong(rows.getString(3).trim()));
        }
      }
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
