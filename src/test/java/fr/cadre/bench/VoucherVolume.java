package fr.cadre.bench;

import fr.cadre.it.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The set-up the list and ledger benchmarks share: a Cadre server on a new data folder (and on a
 * new PostgreSQL schema, dropped at the end, when the database is {@code postgresql}), with the
 * benchmark scheme and the ledger's voucher templates created through its API. The benchmark stops
 * the server, generates vouchers straight into its database, and starts it again to measure.
 */
record VoucherVolume(
    ServerProcess server,
    BenchScheme scheme,
    List<Long> templates,
    boolean postgres,
    BenchDatabase pg,
    String schema)
    implements AutoCloseable {

  /** A running server of {@code benchmark} ({@code list}, {@code ledger}) on {@code database}. */
  static VoucherVolume start(String benchmark, String database) throws Exception {
    boolean postgres = database.equals("postgresql");
    Path dir =
        Path.of("target", "bench", benchmark + "-" + database + "-" + System.currentTimeMillis())
            .toAbsolutePath();
    Files.createDirectories(dir);
    BenchDatabase pg = BenchDatabase.fromProperties();
    String schema = "bench_" + benchmark + "_" + System.currentTimeMillis();
    String settings =
        "cadre.import.at-first-start=false\n" + (postgres ? pg.createSchemaForCadre(schema) : "");
    System.out.printf(
        "%s benchmark on %s; server in %s%n",
        Character.toUpperCase(benchmark.charAt(0)) + benchmark.substring(1), database, dir);
    ServerProcess server = null;
    try {
      server = new ServerProcess(dir, settings).start();
      BenchScheme scheme = new BenchScheme(server.baseUrl() + "/api", dir).create();
      List<Long> templates = new LedgerTemplates(scheme).create();
      return new VoucherVolume(server, scheme, templates, postgres, pg, schema);
    } catch (Exception e) {
      if (server != null) {
        server.close();
      }
      if (postgres) {
        pg.dropSchema(schema);
      }
      throw e;
    }
  }

  /** The database's name as the reports print it. */
  String databaseName() {
    return postgres ? "PostgreSQL" : "H2";
  }

  /** A connection to the server's database, for the generator while the server is stopped. */
  Connection connect() throws SQLException {
    return postgres
        ? DriverManager.getConnection(
            pg.url() + (pg.url().contains("?") ? "&" : "?") + "currentSchema=" + schema,
            pg.user(),
            pg.password())
        : DriverManager.getConnection(
            "jdbc:h2:file:" + server.dataDir().resolve("cadre") + ";DB_CLOSE_ON_EXIT=FALSE",
            "cadre",
            "");
  }

  /** How many vouchers there are, after adding what is missing up to {@code vouchers}. */
  record Generated(long vouchers, long nanos) {}

  /** Adds vouchers up to {@code vouchers} and recomputes the running totals; says how long. */
  Generated generate(Connection c, int vouchers) throws SQLException {
    VoucherGenerator generator = new VoucherGenerator(c, templates);
    long started = System.nanoTime();
    generator.add((int) Math.max(0, vouchers - generator.vouchers()));
    generator.recomputeTotals();
    long generation = System.nanoTime() - started;
    long count = generator.vouchers();
    System.out.printf("%,d vouchers generated in %.1f s%n", count, generation / 1e9);
    return new Generated(count, generation);
  }

  /**
   * A voucher issued before each timed request: no database may answer from a result it kept (H2
   * reuses one when no table it read has changed), as none could under real use.
   */
  Runnable issueBeforeEachRequest() {
    LedgerTemplates writes = new LedgerTemplates(scheme);
    return () -> writes.issueQuietly(0);
  }

  /** Stops the server if it runs, and drops the PostgreSQL schema. */
  @Override
  public void close() throws Exception {
    try {
      server.close();
    } finally {
      if (postgres) {
        pg.dropSchema(schema);
      }
    }
  }
}
