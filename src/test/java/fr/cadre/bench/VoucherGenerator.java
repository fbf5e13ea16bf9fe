package fr.cadre.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Synthetic vouchers for the ledger benchmark, written straight into the database with JDBC
 * batches, without documents: copies of template vouchers that were issued and taken through
 * service done, invoices, payments, closing or cancelling by Cadre itself, so that every copy is a
 * state Cadre can reach. Each copy gets a new id, the next number of its year, and copies of the
 * template's lines, history, service done parts with their deliveries, and invoices. The running
 * totals and ledger rows are then summed again from the vouchers ({@link #recomputeTotals}), so
 * that the reconciliation has something exact to check. Meant for a server that is stopped: Cadre
 * caches running totals.
 */
final class VoucherGenerator {

  /** Ids of a copy: the voucher's, then one per row of its history, parts and invoices. */
  private static final int IDS_PER_VOUCHER = 32;

  private static final int BATCH = 2_000;

  /** Tables that hang off a voucher: name, column naming the voucher, own id column (or none). */
  private record Child(String table, String voucherColumn, String idColumn) {}

  private static final List<Child> CHILDREN =
      List.of(
          new Child("voucher_line", "voucher_id", null),
          new Child("voucher_event", "voucher_id", "id"),
          new Child("voucher_service_done", "voucher_id", "id"),
          new Child("voucher_invoice", "voucher_id", "id"));

  private final Connection c;
  private final boolean postgres;
  private final List<Long> templates;
  private final Map<String, List<String>> columns = new LinkedHashMap<>();
  private final Map<Long, Map<String, List<Long>>> childIds = new LinkedHashMap<>();

  VoucherGenerator(Connection c, List<Long> templates) throws SQLException {
    this.c = c;
    this.templates = templates;
    this.postgres =
        c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    for (String table :
        List.of(
            "voucher",
            "voucher_line",
            "voucher_event",
            "voucher_service_done",
            "voucher_delivery",
            "voucher_invoice")) {
      columns.put(table, columns(c, table));
    }
    for (long template : templates) {
      Map<String, List<Long>> ids = new LinkedHashMap<>();
      for (Child child : CHILDREN) {
        if (child.idColumn() != null) {
          ids.put(child.table(), ids(child, template));
        }
      }
      int count = ids.values().stream().mapToInt(List::size).sum();
      if (count >= IDS_PER_VOUCHER) {
        throw new IllegalStateException("template " + template + " has too many rows: " + count);
      }
      childIds.put(template, ids);
    }
  }

  /**
   * Adds {@code count} copies, the templates taken in turn, numbered after the year's last number.
   */
  void add(int count) throws SQLException {
    c.setAutoCommit(false);
    // Past every id handed out: the sequence's (which the servers' audit entries also draw on)
    // and the rows of a server that took a block of it and was stopped before using it all.
    long nextId =
        Math.max(
                next(postgres ? "SELECT nextval('cadre_seq')" : "SELECT NEXT VALUE FOR cadre_seq"),
                Math.max(
                    next("SELECT COALESCE(MAX(id), 0) FROM voucher"),
                    Math.max(
                        next("SELECT COALESCE(MAX(id), 0) FROM voucher_event"),
                        Math.max(
                            next("SELECT COALESCE(MAX(id), 0) FROM voucher_service_done"),
                            next("SELECT COALESCE(MAX(id), 0) FROM voucher_invoice")))))
            + IDS_PER_VOUCHER;
    nextId += IDS_PER_VOUCHER - nextId % IDS_PER_VOUCHER;
    Map<Long, String[]> numbering = numbering();
    Statements s = new Statements();
    for (int i = 0; i < count; i++) {
      long template = templates.get(i % templates.size());
      long id = nextId + (long) i * IDS_PER_VOUCHER;
      String[] year = numbering.get(template);
      int number = Integer.parseInt(year[1]) + 1;
      year[1] = Integer.toString(number);
      s.voucher.setLong(1, id);
      s.voucher.setString(2, year[0] + "-" + String.format("%06d", number));
      s.voucher.setLong(3, template);
      s.voucher.addBatch();
      s.lines.setLong(1, id);
      s.lines.setLong(2, template);
      s.lines.addBatch();
      long childId = id + 1;
      for (var entry : childIds.get(template).entrySet()) {
        for (long original : entry.getValue()) {
          PreparedStatement insert = s.child(entry.getKey());
          insert.setLong(1, childId);
          insert.setLong(2, id);
          insert.setLong(3, original);
          insert.addBatch();
          if (entry.getKey().equals("voucher_service_done")) {
            s.deliveries.setLong(1, childId);
            s.deliveries.setLong(2, original);
            s.deliveries.addBatch();
          }
          childId++;
        }
      }
      if ((i + 1) % BATCH == 0 || i == count - 1) {
        s.execute();
        c.commit();
      }
    }
    s.close();
    saveNumbering(numbering);
    // The provider takes the value the sequence gives as the last of a block of 50 it hands out,
    // so the sequence restarts a block past the last copy.
    long last = nextId + (long) count * IDS_PER_VOUCHER + 100;
    try (Statement st = c.createStatement()) {
      st.execute(
          postgres
              ? "SELECT setval('cadre_seq', " + last + ")"
              : "ALTER SEQUENCE cadre_seq RESTART WITH " + last);
    }
    c.commit();
  }

  /** The prepared copies, one per table, executed together once a batch is full. */
  private final class Statements implements AutoCloseable {
    final PreparedStatement voucher = copy("voucher", "id", null);
    final PreparedStatement lines = copyAll("voucher_line", "voucher_id");
    final PreparedStatement deliveries = copyAll("voucher_delivery", "service_done_id");
    final Map<String, PreparedStatement> children = new LinkedHashMap<>();

    Statements() throws SQLException {
      for (Child child : CHILDREN) {
        if (child.idColumn() != null) {
          children.put(child.table(), copy(child.table(), child.idColumn(), child.voucherColumn()));
        }
      }
    }

    PreparedStatement child(String table) {
      return children.get(table);
    }

    void execute() throws SQLException {
      voucher.executeBatch();
      lines.executeBatch();
      for (PreparedStatement child : children.values()) {
        child.executeBatch();
      }
      deliveries.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      voucher.close();
      lines.close();
      deliveries.close();
      for (PreparedStatement child : children.values()) {
        child.close();
      }
    }
  }

  /**
   * {@code INSERT … SELECT} of one row by its id, with a new id (parameter 1) and, for a voucher, a
   * new number (2) and no idempotency key; for a child, the new voucher's id (2).
   */
  private PreparedStatement copy(String table, String idColumn, String voucherColumn)
      throws SQLException {
    List<String> cols = columns.get(table);
    String second = voucherColumn == null ? "number" : voucherColumn;
    if (cols.indexOf(idColumn) < 0 || cols.indexOf(idColumn) > cols.indexOf(second)) {
      // The parameters are set in column order: the new id first, then the number or voucher.
      throw new IllegalStateException(table + ": " + idColumn + " must come before " + second);
    }
    String values =
        cols.stream()
            .map(
                col -> {
                  if (col.equals(idColumn)) {
                    return "CAST(? AS BIGINT)";
                  }
                  if (voucherColumn == null && col.equals("number")) {
                    return "CAST(? AS VARCHAR(20))";
                  }
                  if (col.equals(voucherColumn)) {
                    return "CAST(? AS BIGINT)";
                  }
                  if (voucherColumn == null && col.startsWith("idempotency_")) {
                    return "NULL";
                  }
                  return col;
                })
            .collect(Collectors.joining(", "));
    return c.prepareStatement(
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", cols)
            + ") SELECT "
            + values
            + " FROM "
            + table
            + " WHERE "
            + idColumn
            + " = ?");
  }

  /** {@code INSERT … SELECT} of every row of one parent, under a new parent (parameter 1). */
  private PreparedStatement copyAll(String table, String parentColumn) throws SQLException {
    List<String> cols = columns.get(table);
    String values =
        cols.stream()
            .map(col -> col.equals(parentColumn) ? "CAST(? AS BIGINT)" : col)
            .collect(Collectors.joining(", "));
    return c.prepareStatement(
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", cols)
            + ") SELECT "
            + values
            + " FROM "
            + table
            + " WHERE "
            + parentColumn
            + " = ?");
  }

  /**
   * Every running total and ledger row summed again from the vouchers, as the migration that
   * brought the ledger did: the copies moved none of them.
   */
  void recomputeTotals() throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : LedgerTotals.RECOMPUTE) {
        st.execute(sql);
      }
    }
    c.commit();
  }

  long vouchers() throws SQLException {
    return next("SELECT COUNT(*) FROM voucher");
  }

  /** Per template: its number's year and the last number of that year, shared by all. */
  private Map<Long, String[]> numbering() throws SQLException {
    Map<String, String[]> years = new LinkedHashMap<>();
    Map<Long, String[]> byTemplate = new LinkedHashMap<>();
    for (long template : templates) {
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT v.number, k.last_number FROM voucher v JOIN voucher_counter k"
                  + " ON k.consortium_id = v.consortium_id"
                  + " AND CAST(k.counter_year AS VARCHAR(4)) = SUBSTRING(v.number, 1, 4)"
                  + " WHERE v.id = ?")) {
        q.setLong(1, template);
        try (ResultSet r = q.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException("template " + template + " has no number");
          }
          String year = r.getString(1).substring(0, 4);
          byTemplate.put(
              template,
              years.computeIfAbsent(year, y -> new String[] {y, Integer.toString(lastOf(r))}));
        }
      }
    }
    return byTemplate;
  }

  private static int lastOf(ResultSet r) {
    try {
      return r.getInt(2);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void saveNumbering(Map<Long, String[]> numbering) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("UPDATE voucher_counter SET last_number = ? WHERE counter_year = ?")) {
      for (String[] year : numbering.values().stream().distinct().toList()) {
        update.setInt(1, Integer.parseInt(year[1]));
        update.setInt(2, Integer.parseInt(year[0]));
        update.executeUpdate();
      }
    }
  }

  private List<Long> ids(Child child, long voucher) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT "
                + child.idColumn()
                + " FROM "
                + child.table()
                + " WHERE "
                + child.voucherColumn()
                + " = ? ORDER BY "
                + child.idColumn())) {
      q.setLong(1, voucher);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  private long next(String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The table's columns in their order, in the connection's own schema. */
  private static List<String> columns(Connection c, String table) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    List<String> cols = new ArrayList<>();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet r = meta.getColumns(null, c.getSchema(), name, null)) {
        while (r.next()) {
          cols.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      if (!cols.isEmpty()) {
        return cols;
      }
    }
    throw new IllegalStateException("no table " + table);
  }
}
