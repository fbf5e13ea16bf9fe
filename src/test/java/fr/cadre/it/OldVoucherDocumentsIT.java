package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.documents.entity.ReadmeDigestCommand;
import fr.cadre.documents.entity.VoucherContent;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A database left by an older Cadre, upgraded: a voucher frozen before RFC 8785 keeps its content
 * and digest, a voucher issued before documents were frozen (schema V5) gets its document at
 * start-up, and a download never writes, not even for a voucher that lacks its document. The
 * database is read and altered with JDBC while no server runs (H2 locks its file).
 *
 * <p>H2 only: the older database it upgrades is made by editing the H2 file the first server left
 * in its data folder (undoing V7 by hand in H2's SQL and Flyway's history there). The migrations
 * themselves are the same on PostgreSQL, which {@code SchemaParityIT} checks.
 */
@H2Only
@DisplayName("Old vouchers: documents frozen at start-up, old digests kept, downloads never write")
class OldVoucherDocumentsIT {

  private static final String PROPERTIES = "cadre.import.at-first-start=false\n";

  /** A document as stored. */
  record Row(String content, String digest, String form) {}

  @Test
  void anUpgradeFreezesMissingDocumentsOnceKeepsOldDigestsAndDownloadsWriteNothing()
      throws Exception {
    Path dir =
        Files.createTempDirectory(
            Path.of(System.getProperty("cadre.test.dir", "target")), "old-documents");
    long frozenBefore;
    long issuedBeforeV5;
    long losesItsDocument;
    long draft;
    try (ServerProcess server = new ServerProcess(dir, PROPERTIES).start()) {
      Api api = new Api(server.baseUrl());
      Fixtures fixtures = new Fixtures(api);
      long consortium = fixtures.consortium();
      long member = fixtures.member(consortium, "OPH", true);
      long lot =
          fixtures.lot(fixtures.agreement(consortium), fixtures.operator(false), "0", "100000");
      fixtures.priceLine(lot, "FORFAIT-SITE", "30");
      long site = fixtures.site(member, lot);
      frozenBefore = fixtures.issue(member, site, "FORFAIT-SITE", "1", null).id();
      issuedBeforeV5 = fixtures.issue(member, site, "FORFAIT-SITE", "2", null).id();
      losesItsDocument = fixtures.issue(member, site, "FORFAIT-SITE", "3", null).id();
      draft =
          api.post(
                  "/vouchers",
                  """
                  {"memberId":%d,"siteId":%d,"object":"Brouillon","executionStart":"2022-03-01",
                   "executionEnd":"2022-03-31","lines":[{"code":"FORFAIT-SITE","quantity":1}]}"""
                      .formatted(member, site))
              .id();
      server.kill();
    }

    // The database as a Cadre before schema V7 left it: one document frozen in Cadre's own field
    // order, one voucher issued before schema V5 and never downloaded, so without a document.
    String oldJson;
    String oldDigest;
    Map<Long, Long> versions;
    try (Connection db = open(dir)) {
      oldJson = VoucherContent.fromJson(documents(db).get(frozenBefore).content()).toJson();
      oldDigest = VoucherContent.digestOf(oldJson);
      update(
          db,
          "UPDATE voucher_document SET content = ?, digest = ? WHERE voucher_id = ?",
          oldJson,
          oldDigest,
          frozenBefore);
      update(db, "DELETE FROM voucher_document WHERE voucher_id = ?", issuedBeforeV5);
      // Later migrations are applied too, so V7 cannot be rolled back in Flyway's history: its
      // work is undone, and its own SQL, as shipped, run again on these rows.
      try (Statement s = db.createStatement()) {
        s.execute("ALTER TABLE voucher_document DROP COLUMN canonical_form");
        s.execute("DROP TABLE voucher_document_to_freeze");
        for (String statement : v7Statements()) {
          s.execute(statement);
        }
      }
      versions = versions(db);
    }

    // The upgrade. Nothing is asked of the server: whatever it writes, it writes at start-up.
    try (ServerProcess server = new ServerProcess(dir, PROPERTIES).start()) {
      server.kill();
    }

    Map<Long, Row> beforeDownloads;
    Row frozenAtStart;
    try (Connection db = open(dir)) {
      Map<Long, Row> rows = documents(db);
      assertThat(rows).containsOnlyKeys(frozenBefore, issuedBeforeV5, losesItsDocument);
      assertThat(rows.get(frozenBefore))
          .isEqualTo(new Row(oldJson, oldDigest, "cadre-field-order"));
      frozenAtStart = rows.get(issuedBeforeV5);
      assertThat(frozenAtStart.form()).isEqualTo("rfc8785");
      assertThat(frozenAtStart.content()).isEqualTo(Rfc8785.canonical(frozenAtStart.content()));
      assertThat(frozenAtStart.digest()).isEqualTo(Rfc8785.digest(frozenAtStart.content()));
      assertThat(count(db, "SELECT COUNT(*) FROM voucher_document_to_freeze")).isZero();
      // A voucher loses its document behind Cadre's back: the one case a download could be
      // tempted to fill in.
      update(db, "DELETE FROM voucher_document WHERE voucher_id = ?", losesItsDocument);
      beforeDownloads = documents(db);
    }
    assertThat(Files.readString(dir.resolve("server.log")))
        .contains("Froze the documents of 1 voucher(s) issued before schema V5");

    try (ServerProcess server = new ServerProcess(dir, PROPERTIES).start()) {
      Api api = new Api(server.baseUrl());
      for (long id : List.of(frozenBefore, issuedBeforeV5)) {
        assertThat(api.download("/vouchers/" + id + "/pdf").status()).isEqualTo(200);
      }
      JsonObject old = api.get("/vouchers/" + frozenBefore + "/document").json();
      assertThat(old.getString("digest")).isEqualTo(oldDigest);
      assertThat(old.getString("canonicalForm")).isEqualTo("cadre-field-order");
      assertThat(pdfText(api, frozenBefore)).contains(oldDigest);
      if (ReadmeDigestCommand.toolsPresent()) {
        assertThat(
                ReadmeDigestCommand.forOldFormFromReadme().digestOf(server.baseUrl(), frozenBefore))
            .isEqualTo(oldDigest);
        assertThat(ReadmeDigestCommand.fromReadme().digestOf(server.baseUrl(), issuedBeforeV5))
            .isEqualTo(frozenAtStart.digest());
      }
      JsonObject upgraded = api.get("/vouchers/" + issuedBeforeV5 + "/document").json();
      assertThat(upgraded.getString("digest")).isEqualTo(frozenAtStart.digest());
      assertThat(upgraded.getString("canonicalForm")).isEqualTo("rfc8785");
      assertThat(Rfc8785.digest(upgraded.getJsonObject("content").toString()))
          .isEqualTo(frozenAtStart.digest());
      assertThat(pdfText(api, issuedBeforeV5)).contains(frozenAtStart.digest());

      Api.Reply missing = api.get("/vouchers/" + losesItsDocument + "/document");
      assertThat(missing.status()).as(missing.toString()).isEqualTo(500);
      assertThat(missing.contentType()).startsWith("application/problem+json");
      assertThat(api.download("/vouchers/" + losesItsDocument + "/pdf").status()).isEqualTo(500);
      assertThat(api.download("/vouchers/" + draft + "/pdf").status()).isEqualTo(409);
      server.kill();
    }

    try (Connection db = open(dir)) {
      assertThat(documents(db)).as("documents after downloads").isEqualTo(beforeDownloads);
      assertThat(versions(db)).as("voucher versions").isEqualTo(versions);
    }
  }

  /** Schema V7's statements, as Flyway runs them (its comments dropped). */
  private static List<String> v7Statements() throws java.io.IOException {
    Path v7;
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      v7 =
          files
              .filter(f -> f.getFileName().toString().startsWith("V7__"))
              .findFirst()
              .orElseThrow();
    }
    String sql =
        Files.readAllLines(v7).stream()
            .filter(line -> !line.startsWith("--"))
            .collect(java.util.stream.Collectors.joining("\n"));
    return java.util.Arrays.stream(sql.split(";"))
        .map(String::strip)
        .filter(statement -> !statement.isEmpty())
        .toList();
  }

  private static String pdfText(Api api, long voucher) throws Exception {
    try (PDDocument doc = Loader.loadPDF(api.download("/vouchers/" + voucher + "/pdf").body())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static Connection open(Path dir) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + dir.resolve("data").resolve("cadre").toAbsolutePath(), "cadre", "");
  }

  private static Map<Long, Row> documents(Connection db) throws SQLException {
    boolean hasForm;
    try (ResultSet columns = db.getMetaData().getColumns(null, null, "VOUCHER_DOCUMENT", null)) {
      hasForm = false;
      while (columns.next()) {
        hasForm |= columns.getString("COLUMN_NAME").equalsIgnoreCase("canonical_form");
      }
    }
    Map<Long, Row> rows = new TreeMap<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT voucher_id, content, digest"
                    + (hasForm ? ", canonical_form" : ", NULL")
                    + " FROM voucher_document")) {
      while (r.next()) {
        rows.put(r.getLong(1), new Row(r.getString(2), r.getString(3), r.getString(4)));
      }
    }
    return rows;
  }

  private static Map<Long, Long> versions(Connection db) throws SQLException {
    Map<Long, Long> versions = new TreeMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT id, version FROM voucher")) {
      while (r.next()) {
        versions.put(r.getLong(1), r.getLong(2));
      }
    }
    return versions;
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }
}
