package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.it.ItDatabase;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Cadre's migrations, applied as at start ({@link Migrations#flyway}) to an empty in-memory H2
 * database and to a schema of its own in the PostgreSQL pass's database, give the same tables,
 * columns, keys, foreign keys, unique constraints, indexes and sequences, except for the
 * differences stated below with their reasons. Any other difference fails, and so does a stated
 * difference that no longer occurs.
 */
@EnabledIfSystemProperty(named = "cadre.it.db.url", matches = ".*\\S.*")
@DisplayName("Migrations: the same schema on H2 and PostgreSQL, but for the stated differences")
class SchemaParityIT {

  /** H2 indexes every foreign key by itself unless an index with exactly its columns exists. */
  static final String H2_FOREIGN_KEY_INDEX =
      "H2 creates an index for every foreign key; PostgreSQL creates none";

  /** Facts found on H2 only, each with its reason (beyond its foreign keys' own indexes). */
  static final Map<String, String> ONLY_ON_H2 = Map.of();

  /**
   * Facts found on PostgreSQL only, each with its reason. All three come from V6, which runs on H2
   * only: with H2's durable setting every commit rewrites each B-tree it touched, so it drops what
   * an issue writes and no H2 query needs. On PostgreSQL they cost little and stay.
   */
  static final Map<String, String> ONLY_ON_POSTGRESQL =
      Map.of(
          "foreign key voucher (consortium_id) -> consortium (id)",
          "V6 (H2 only): the voucher copies its lot's consortium, which the lot's own key holds",
          "foreign key voucher (agreement_id) -> agreement (id)",
          "V6 (H2 only): the voucher copies its lot's agreement, which the lot's own key holds",
          "index voucher (lot_id, period_index, status, total_ht)",
          "V6 (H2 only): on H2 the lot's foreign-key index serves the lists, and the"
              + " reconciliation affords a scan; PostgreSQL's planner uses it for the sums by lot"
              + " and period");

  /** What each snapshot must hold some of, so that an empty or partial reading cannot pass. */
  static final Set<String> KINDS =
      Set.of(
          "table ",
          "column ",
          "primary key ",
          "foreign key ",
          "unique index ",
          "index ",
          "sequence ");

  @Test
  void theMigrationsGiveTheSameSchemaOnBothDatabasesButForTheStatedDifferences() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:parity-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("cadre");
    String schema = "parity_" + System.nanoTime();
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(ItDatabase.schemaUrl(schema));
    pg.setUser(ItDatabase.user());
    pg.setPassword(ItDatabase.password());
    Migrations.flyway(h2).migrate();
    Migrations.flyway(pg).migrate();

    SchemaSnapshot onH2;
    SchemaSnapshot onPg;
    try (Connection c = h2.getConnection()) {
      onH2 = SchemaSnapshot.of(c, "PUBLIC");
    }
    try (Connection c = pg.getConnection()) {
      onPg = SchemaSnapshot.of(c, schema);
    }
    for (String kind : KINDS) {
      assertThat(onH2.facts()).as("H2: " + kind).anyMatch(f -> f.startsWith(kind));
      assertThat(onPg.facts()).as("PostgreSQL: " + kind).anyMatch(f -> f.startsWith(kind));
    }

    // The consortium's list index (V17), its columns' direction read back on both: a snapshot
    // blind to direction would find any order the same.
    String recent =
        "index voucher (issue_date desc, number desc, id desc, member_id, status, period_index,"
            + " lot_id, site_id, operator_id)";
    assertThat(onH2.facts()).as("H2").contains(recent);
    assertThat(onPg.facts()).as("PostgreSQL").contains(recent);
    // The amount's index (V18): largest first on both, so that both read it in the list's order.
    String amount =
        "index voucher (total_ht desc, issue_date desc, number desc, id desc, member_id, status,"
            + " period_index, lot_id, site_id, operator_id)";
    assertThat(onH2.facts()).as("H2").contains(amount);
    assertThat(onPg.facts()).as("PostgreSQL").contains(amount);

    Set<String> onlyH2 = new TreeSet<>(onH2.facts());
    onlyH2.removeAll(onPg.facts());
    Set<String> onlyPg = new TreeSet<>(onPg.facts());
    onlyPg.removeAll(onH2.facts());
    // H2's own indexes of its foreign keys, which PostgreSQL leaves to the schema.
    onlyH2.removeIf(
        fact ->
            fact.startsWith("index ")
                && onH2.foreignKeyColumns().contains(fact.substring("index ".length())));

    assertThat(onlyH2).as("found on H2 only").isEqualTo(ONLY_ON_H2.keySet());
    assertThat(onlyPg).as("found on PostgreSQL only").isEqualTo(ONLY_ON_POSTGRESQL.keySet());
  }
}
