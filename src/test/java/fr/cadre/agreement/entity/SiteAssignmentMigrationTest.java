package fr.cadre.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.platform.V6__Lean_voucher_indexes_on_h2;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Migration V8: each site keeps its lot and holder, now recorded per agreement")
class SiteAssignmentMigrationTest {

  private static final String URL = "jdbc:h2:mem:v8-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

  @Test
  void eachSitesLotAndHolderBecomeItsAssignmentFromTheAgreementsStart() throws SQLException {
    flyway("5").migrate();
    try (Connection c = DriverManager.getConnection(URL);
        Statement sql = c.createStatement()) {
      sql.execute("INSERT INTO consortium (id, name) VALUES (1, 'Groupement')");
      sql.execute(
          "INSERT INTO member (id, consortium_id, name, siret, buyer_type, legal_form,"
              + " accounting_regime, may_order, joined_after_procedure, active)"
              + " VALUES (2, 1, 'OPH', '27138133008992', 'POUVOIR_ADJUDICATEUR', 'OPH', 'PUBLIC',"
              + " TRUE, FALSE, TRUE)");
      sql.execute(
          "INSERT INTO operator (id, name, siret, vat_exempt, active)"
              + " VALUES (3, 'Passerelles', '80877151591785', TRUE, TRUE)");
      sql.execute(
          "INSERT INTO agreement (id, consortium_id, reference, object, buyer_type,"
              + " procedure_launch_date, notification_date, start_date, initial_months,"
              + " renewal_count, renewal_months, renewal_tacit)"
              + " VALUES (4, 1, 'AC-MSU-2021-001', 'Médiation', 'POUVOIR_ADJUDICATEUR',"
              + " DATE '2021-03-15', DATE '2021-06-21', DATE '2021-07-01', 6, 3, 12, FALSE)");
      sql.execute(
          "INSERT INTO lot (id, agreement_id, number, label, allocation_rule, active)"
              + " VALUES (5, 4, 1, 'Nord', 'FIXED_PER_SITE', TRUE)");
      sql.execute(
          "INSERT INTO site (id, code, name, member_id, lot_id, holder_id, dwellings)"
              + " VALUES (100, 'MRS-101', 'Les Micocouliers', 2, 5, 3, 534),"
              + " (150, 'MRS-102', 'Le Clos des Oliviers', 2, 5, NULL, 429)");
    }

    flyway(null).migrate();

    try (Connection c = DriverManager.getConnection(URL);
        Statement sql = c.createStatement()) {
      List<String> rows = new ArrayList<>();
      try (ResultSet r =
          sql.executeQuery(
              "SELECT a.site_id, a.lot_id, a.holder_id, a.served_from, a.served_to"
                  + " FROM site_assignment a ORDER BY a.site_id")) {
        while (r.next()) {
          rows.add(
              r.getLong(1)
                  + "/"
                  + r.getLong(2)
                  + "/"
                  + r.getObject(3)
                  + "/"
                  + r.getDate(4)
                  + "/"
                  + r.getDate(5));
        }
      }
      assertThat(rows).containsExactly("100/5/3/2021-07-01/null", "150/5/null/2021-07-01/null");
      // The site no longer has a lot of its own, and a lot serves a site only once.
      assertThatThrownBy(() -> sql.executeQuery("SELECT lot_id FROM site"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  sql.execute(
                      "INSERT INTO site_assignment (id, site_id, lot_id, served_from)"
                          + " VALUES (200, 100, 5, DATE '2022-01-01')"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static Flyway flyway(String target) {
    var config =
        Flyway.configure(SiteAssignmentMigrationTest.class.getClassLoader())
            .dataSource(URL, "", "")
            .locations("classpath:db/migration")
            .javaMigrations(new V6__Lean_voucher_indexes_on_h2());
    if (target != null) {
      config.target(MigrationVersion.fromVersion(target));
    }
    return config.load();
  }
}
