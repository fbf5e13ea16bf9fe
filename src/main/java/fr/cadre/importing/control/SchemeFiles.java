package fr.cadre.importing.control;

import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.DurationLimits;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.importing.control.SchemeItem.AgreementItem;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.control.SchemeItem.PriceItem;
import fr.cadre.importing.control.SchemeItem.SiteItem;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.Violations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scheme's CSV files from a folder and validates every row, alone (formats, then the
 * domain's own checks, called rather than repeated: the entity that will hold a row is the one that
 * judges it) and against the others (unknown agreement, lot, member or holder, duplicate keys,
 * limits for a period the agreement does not have). The directory's files are read by {@link
 * DirectoryRows}, the lots' limits judged by {@link LimitRows}, which lot serves which site by
 * {@link SiteLots}. The result is either the ordered items to write, or every problem found: never
 * a partial plan.
 */
public final class SchemeFiles {

  public static final String CONSORTIUM = "consortium.csv";
  public static final String MEMBERS = "members.csv";
  public static final String OPERATORS = "operators.csv";
  public static final String AGREEMENT = "agreement.csv";
  public static final String LOTS = "lots.csv";
  public static final String LIMITS = "lot_limits.csv";
  public static final String PRICES = "price_lines.csv";
  public static final String SITES = "sites.csv";
  public static final String SITE_LOTS = "site_lots.csv";

  /** The files of a scheme, in the order they are read; all are required. */
  public static final List<String> FILES =
      List.of(CONSORTIUM, MEMBERS, OPERATORS, AGREEMENT, LOTS, LIMITS, PRICES, SITES, SITE_LOTS);

  /** The vouchers issued before Cadre, which may come with a scheme ({@link VoucherHistory}). */
  public static final String HISTORY = "vouchers.csv";

  /** Every file an import takes: the scheme's, and a history. */
  public static final List<String> ACCEPTED =
      java.util.stream.Stream.concat(FILES.stream(), java.util.stream.Stream.of(HISTORY)).toList();

  private final Path folder;
  private final DurationLimits durationLimits;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<SchemeItem> items = new ArrayList<>();

  private String consortium;
  private final SchemeLots schemeLots = new SchemeLots();
  private Set<String> memberSirets = Set.of();
  private Map<String, String> operatorNames = Map.of();
  private final Map<String, Row> siteRows = new LinkedHashMap<>();

  private SchemeFiles(Path folder, DurationLimits durationLimits) {
    this.folder = folder;
    this.durationLimits = durationLimits;
  }

  /** Reads and validates the folder's files. */
  public static Scheme read(Path folder, DurationLimits durationLimits) {
    SchemeFiles files = new SchemeFiles(folder, durationLimits);
    files.readAll();
    return new Scheme(
        files.problems.isEmpty() ? List.copyOf(files.items) : List.of(),
        List.copyOf(files.problems));
  }

  private void readAll() {
    List<String> missing =
        FILES.stream().filter(f -> !Files.isRegularFile(folder.resolve(f))).toList();
    for (String file : missing) {
      problems.add(new ImportProblem(file, 0, null, null, "fichier manquant"));
    }
    if (!missing.isEmpty()) {
      return;
    }
    DirectoryRows directory = new DirectoryRows(this::rows, problems, items);
    directory.read();
    consortium = directory.consortiumName();
    memberSirets = directory.memberSirets();
    operatorNames = directory.operatorNames();
    agreement();
    lots();
    limits();
    prices();
    sites();
    SiteLots.read(rows(SITE_LOTS, SiteLots.COLUMNS), schemeLots, siteRows, items);
    placeLots();
  }

  List<Row> rows(String file, String... columns) {
    return CsvFile.read(folder.resolve(file), Arrays.asList(columns), problems);
  }

  private void agreement() {
    List<Row> rows =
        rows(
            AGREEMENT,
            "reference",
            "object",
            "cpv_code",
            "procedure_launch_date",
            "notification_date",
            "start_date",
            "initial_months",
            "renewal_count",
            "renewal_months");
    if (rows.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(AGREEMENT))) {
      problems.add(new ImportProblem(AGREEMENT, 2, null, null, "au moins un accord-cadre attendu"));
    }
    for (Row row : rows) {
      agreement(row);
    }
  }

  /** One agreement; a consortium re-tendering its scheme has one row per successive agreement. */
  private void agreement(Row row) {
    Integer initial = row.integer("initial_months");
    Integer renewals = row.integer("renewal_count");
    Integer renewalMonths = row.integer("renewal_months");
    AgreementTerms terms =
        new AgreementTerms(
            row.text("reference"),
            row.text("object"),
            row.text("cpv_code"),
            BuyerType.POUVOIR_ADJUDICATEUR,
            row.date("procedure_launch_date"),
            row.date("notification_date"),
            row.date("start_date"),
            initial == null ? 0 : initial,
            renewals == null ? 0 : renewals,
            renewalMonths == null ? 0 : renewalMonths,
            false,
            null);
    Violations v = terms.check(durationLimits, new Violations());
    row.report(v, Map.of());
    if (terms.reference() != null && !schemeLots.addAgreement(terms, v.isEmpty())) {
      row.problem(
          "reference", terms.reference(), "accord-cadre en double (même référence plus haut)");
    }
    items.add(new AgreementItem(consortium, terms));
  }

  private void lots() {
    for (Row row : rows(LOTS, "number", "label", "allocation_rule", "holder_sirets")) {
      Integer number = row.integer("number");
      if (number == null) {
        row.required("number");
        continue;
      }
      String agreement = schemeLots.agreementOf(row);
      List<String> holders = new ArrayList<>();
      String raw = row.text("holder_sirets");
      for (String siret : raw == null ? new String[0] : raw.split("[\\s|/]+")) {
        if (row.siretIn("holder_sirets", siret) == null) {
          continue;
        }
        if (!operatorNames.containsKey(siret)) {
          row.problem("holder_sirets", siret, "titulaire absent de " + OPERATORS);
        }
        holders.add(siret);
      }
      String label = row.text("label");
      Violations v = Lot.checkNumber(number, new Violations());
      row.report(
          Lot.checkDefinition(label, raw == null ? List.of() : holders, v),
          Map.of("holders", "holder_sirets"));
      LotItem lot =
          new LotItem(
              agreement,
              number,
              label,
              row.choice("allocation_rule", AllocationRule.class, AllocationRule.FIXED_PER_SITE),
              holders,
              new ArrayList<>());
      if (agreement != null && !schemeLots.addLot(lot)) {
        row.problem(
            "number",
            number.toString(),
            "lot en double (même accord-cadre et même numéro plus haut)");
      }
    }
  }

  private void limits() {
    LimitRows.judge(
        rows(LIMITS, "lot", "period_start", "minimum", "maximum"), schemeLots, problems);
  }

  private void prices() {
    Set<String> seen = new HashSet<>();
    for (Row row : rows(PRICES, "lot", "code", "label", "unit", "unit_price", "vat_rate")) {
      LotItem lot = schemeLots.lot(row, "lot");
      PriceLine.Details details =
          new PriceLine.Details(
              row.text("code"),
              row.text("label"),
              row.text("unit"),
              row.decimal("unit_price"),
              row.decimal("vat_rate", 2));
      row.report(details.check(new Violations()), Map.of());
      if (lot == null) {
        continue;
      }
      if (details.code() != null
          && !seen.add(lot.agreement() + "/" + lot.number() + "/" + details.code())) {
        row.problem("code", details.code(), "prix en double pour ce lot");
      }
      items.add(
          new PriceItem(
              lot.agreement(),
              lot.number(),
              details.code(),
              details.label(),
              details.unit(),
              details.unitPrice(),
              details.vatRate()));
    }
  }

  private void sites() {
    Set<String> seen = new HashSet<>();
    for (Row row :
        rows(SITES, "code", "name", "address", "district", "member_siret", "dwellings")) {
      String code = row.required("code");
      String member = row.siret("member_siret");
      if (member != null && !memberSirets.contains(member)) {
        row.problem("member_siret", member, "membre absent de " + MEMBERS);
      }
      Integer dwellings = row.integer("dwellings");
      if (dwellings == null) {
        row.required("dwellings");
      }
      String name = row.text("name");
      row.report(
          Site.Placement.checkDescription(
              name, dwellings == null ? 0 : dwellings, null, null, new Violations()),
          Map.of());
      if (code != null && !seen.add(code)) {
        row.problem("code", code, "site en double (même code plus haut)");
      } else if (code != null) {
        siteRows.put(code, row);
      }
      if (dwellings == null) {
        continue;
      }
      items.add(
          new SiteItem(
              consortium,
              code,
              name,
              row.text("address"),
              row.text("district"),
              member,
              dwellings));
    }
  }

  /** Lots are written after the agreements and before the prices and sites that name them. */
  private void placeLots() {
    int at = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof AgreementItem) {
        at = i;
      }
    }
    items.addAll(at + 1, schemeLots.lots());
  }
}
