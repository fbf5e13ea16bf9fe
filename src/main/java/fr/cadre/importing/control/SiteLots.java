package fr.cadre.importing.control;

import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.control.SchemeItem.SiteLotItem;
import fr.cadre.kernel.DateRange;
import fr.cadre.kernel.Violation;
import fr.cadre.kernel.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code site_lots.csv}: which lot of which agreement serves each site of {@code sites.csv},
 * with the holder fixed for it and the days served (by default the whole agreement). A residence
 * served under successive agreements has one row per agreement and stays one site.
 */
final class SiteLots {

  static final String[] COLUMNS = {"site", "lot", "holder_siret", "served_from", "served_to"};

  private final SchemeLots lots;
  private final Map<String, Row> sites;
  private final Map<String, List<Served>> servedBySite = new HashMap<>();
  private final Set<String> seen = new HashSet<>();

  /** Days a lot serves a site, as read, to tell two lots serving one site at once. */
  private record Served(DateRange days, LotItem lot, int line) {}

  private SiteLots(SchemeLots lots, Map<String, Row> sites) {
    this.lots = lots;
    this.sites = sites;
  }

  /**
   * Checks every row and adds its item; a site of {@code sites.csv} that no lot serves is a problem
   * on its own row.
   */
  static void read(
      List<Row> rows, SchemeLots lots, Map<String, Row> sites, List<SchemeItem> items) {
    SiteLots reader = new SiteLots(lots, sites);
    for (Row row : rows) {
      reader.row(row).ifPresent(items::add);
    }
    sites.forEach(
        (code, row) -> {
          if (!reader.servedBySite.containsKey(code)) {
            row.problem(
                "code",
                code,
                "site desservi par aucun lot (absent de " + SchemeFiles.SITE_LOTS + ")");
          }
        });
  }

  private Optional<SchemeItem> row(Row row) {
    String site = row.required("site");
    if (site != null && !sites.containsKey(site)) {
      row.problem("site", site, "site absent de " + SchemeFiles.SITES);
    }
    if (site != null) {
      servedBySite.computeIfAbsent(site, s -> new ArrayList<>());
    }
    LotItem lot = lots.lot(row, "lot");
    String holder = row.text("holder_siret") == null ? null : row.siret("holder_siret");
    LocalDate from = row.date("served_from");
    LocalDate to = row.date("served_to");
    if (site == null || lot == null) {
      return Optional.empty();
    }
    if (holder != null) {
      SiteAssignment.checkHolder(
              lot.holderSirets().contains(holder), holder, lot.number(), new Violations())
          .list()
          .forEach(v -> row.problem("holder_siret", holder, v.message()));
    }
    if (!seen.add(site + "/" + lot.agreement() + "/" + lot.number())) {
      row.problem("lot", Integer.toString(lot.number()), "ce lot dessert déjà ce site plus haut");
    }
    Optional<AgreementTerms> terms = lots.validTerms(lot.agreement());
    if (terms.isPresent()) {
      Violations v = SiteAssignment.checkDays(from, to, terms.get(), new Violations());
      for (Violation violation : v.list()) {
        String column = violation.field().equals("servedFrom") ? "served_from" : "served_to";
        row.problem(column, row.text(column), violation.message());
      }
      if (v.isEmpty()) {
        DateRange days = SiteAssignment.served(from, to, terms.get());
        checkOneLotAtATime(row, site, new Served(days, lot, row.line()));
      }
    }
    return Optional.of(new SiteLotItem(site, lot.agreement(), lot.number(), holder, from, to));
  }

  /** A site is served by one lot at a time, as {@code Site.assign} requires. */
  private void checkOneLotAtATime(Row row, String site, Served served) {
    List<Served> others = servedBySite.computeIfAbsent(site, s -> new ArrayList<>());
    for (Served other : others) {
      SiteAssignment.checkOneLotAtATime(
              site,
              served.days(),
              other.days(),
              SiteAssignment.describe(other.lot().number(), other.lot().agreement(), other.days())
                  + " (ligne "
                  + other.line()
                  + ")",
              new Violations())
          .list()
          .forEach(v -> row.problem("served_from", row.text("served_from"), v.message()));
    }
    others.add(served);
  }
}
