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
 * judges it) and against the others (unknown lot, member or holder, duplicate keys, limits for a
 * period the agreement does not have). The directory's files are read by {@link DirectoryRows}, the
 * lots' limits judged by {@link LimitRows}. The result is either the ordered items to write, or
 * every problem found: never a partial plan.
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

  /** The files of a scheme, in the order they are read; all are required. */
  public static final List<String> FILES =
      List.of(CONSORTIUM, MEMBERS, OPERATORS, AGREEMENT, LOTS, LIMITS, PRICES, SITES);

  private final Path folder;
  private final DurationLimits durationLimits;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<SchemeItem> items = new ArrayList<>();

  private String consortium;
  private String agreement;
  private AgreementTerms terms;
  private Set<String> memberSirets = Set.of();
  private Map<String, String> operatorNames = Map.of();
  private final Map<Integer, LotItem> lots = new LinkedHashMap<>();

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
    if (!CsvFile.exactlyOne(AGREEMENT, rows, problems)) {
      return;
    }
    Row row = rows.get(0);
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
    agreement = terms.reference();
    if (v.isEmpty()) {
      this.terms = terms;
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
          Lot.checkDefinition(label, raw == null ? 0 : holders.size(), v),
          Map.of("holders", "holder_sirets"));
      LotItem lot =
          new LotItem(
              agreement,
              number,
              label,
              row.choice("allocation_rule", AllocationRule.class, AllocationRule.FIXED_PER_SITE),
              holders,
              new ArrayList<>());
      if (lots.putIfAbsent(number, lot) != null) {
        row.problem("number", number.toString(), "lot en double (même numéro plus haut)");
      }
    }
  }

  private void limits() {
    LimitRows.judge(
        rows(LIMITS, "lot", "period_start", "minimum", "maximum"),
        row -> lot(row, "lot"),
        lots.values(),
        terms,
        problems);
  }

  private void prices() {
    Set<String> seen = new HashSet<>();
    for (Row row : rows(PRICES, "lot", "code", "label", "unit", "unit_price", "vat_rate")) {
      LotItem lot = lot(row, "lot");
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
      if (details.code() != null && !seen.add(lot.number() + "/" + details.code())) {
        row.problem("code", details.code(), "prix en double pour ce lot");
      }
      items.add(
          new PriceItem(
              agreement,
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
        rows(
            SITES,
            "code",
            "name",
            "address",
            "district",
            "member_siret",
            "lot",
            "dwellings",
            "holder_siret")) {
      String code = row.required("code");
      LotItem lot = lot(row, "lot");
      String member = row.siret("member_siret");
      if (member != null && !memberSirets.contains(member)) {
        row.problem("member_siret", member, "membre absent de " + MEMBERS);
      }
      String holder = row.text("holder_siret");
      Violations v = new Violations();
      if (holder != null && row.siretIn("holder_siret", holder) != null && lot != null) {
        Site.Placement.checkHolder(
            lot.holderSirets().contains(holder),
            operatorNames.getOrDefault(holder, holder),
            lot.number(),
            v);
      }
      Integer dwellings = row.integer("dwellings");
      if (dwellings == null) {
        row.required("dwellings");
      }
      String name = row.text("name");
      Site.Placement.checkDescription(name, dwellings == null ? 0 : dwellings, null, null, v);
      row.report(v, Map.of("holderId", "holder_siret"));
      if (code != null && !seen.add(code)) {
        row.problem("code", code, "site en double (même code plus haut)");
      }
      if (lot == null || dwellings == null) {
        continue;
      }
      items.add(
          new SiteItem(
              consortium,
              agreement,
              code,
              name,
              row.text("address"),
              row.text("district"),
              member,
              lot.number(),
              holder,
              dwellings));
    }
    // Lots are written after the agreement and before the prices and sites that name them.
    int at =
        items.indexOf(
            items.stream().filter(i -> i instanceof AgreementItem).findFirst().orElse(null));
    items.addAll(at + 1, lots.values());
  }

  private LotItem lot(Row row, String column) {
    Integer number = row.integer(column);
    if (number == null) {
      row.required(column);
      return null;
    }
    LotItem lot = lots.get(number);
    if (lot == null) {
      row.problem(column, number.toString(), "lot inconnu (absent de " + LOTS + ")");
    }
    return lot;
  }
}
