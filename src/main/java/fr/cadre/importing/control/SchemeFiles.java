package fr.cadre.importing.control;

import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.DurationLimits;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.importing.control.SchemeItem.AgreementItem;
import fr.cadre.importing.control.SchemeItem.ConsortiumItem;
import fr.cadre.importing.control.SchemeItem.CoordinatorItem;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.control.SchemeItem.MemberItem;
import fr.cadre.importing.control.SchemeItem.OperatorItem;
import fr.cadre.importing.control.SchemeItem.PriceItem;
import fr.cadre.importing.control.SchemeItem.SiteItem;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.Violations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scheme's CSV files from a folder and validates every row, alone (formats, then the
 * domain's own checks, called rather than repeated: the entity that writes a row is the one that
 * judges it) and against the others (unknown lot, member or holder, duplicate keys, limits for a
 * period the agreement does not have). The result is either the ordered items to write, or every
 * problem found: never a partial plan.
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
  private final Set<String> memberSirets = new HashSet<>();
  private final Map<String, String> operatorNames = new HashMap<>();
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
    consortium();
    members();
    operators();
    agreement();
    lots();
    limits();
    prices();
    sites();
  }

  private List<Row> rows(String file, String... columns) {
    return CsvFile.read(folder.resolve(file), Arrays.asList(columns), problems);
  }

  private void consortium() {
    List<Row> rows =
        rows(
            CONSORTIUM,
            "name",
            "constitutive_agreement_ref",
            "constitutive_agreement_date",
            "coordinator_siret");
    if (!exactlyOne(CONSORTIUM, rows)) {
      return;
    }
    Row row = rows.get(0);
    consortium = row.required("name");
    items.add(
        new ConsortiumItem(
            consortium,
            row.text("constitutive_agreement_ref"),
            row.date("constitutive_agreement_date")));
    pendingCoordinator = row;
  }

  private Row pendingCoordinator;

  private void members() {
    List<Row> rows =
        rows(
            MEMBERS,
            "siret",
            "name",
            "address",
            "legal_form",
            "chorus_service_code",
            "may_order",
            "joined_after_procedure",
            "share_amount",
            "share_percent");
    for (Row row : rows) {
      MemberDetails details =
          new MemberDetails(
              row.text("name"),
              row.siret("siret"),
              row.text("address"),
              BuyerType.POUVOIR_ADJUDICATEUR,
              row.choice("legal_form", LegalForm.class, null),
              null,
              row.text("chorus_service_code"),
              row.bool("may_order", true),
              row.bool("joined_after_procedure", false),
              row.money("share_amount"),
              row.decimal("share_percent", 4));
      row.report(details.check(new Violations()), Map.of());
      if (details.siret() != null && !memberSirets.add(details.siret())) {
        row.problem("siret", details.siret(), "membre en double (même SIRET plus haut)");
      }
      items.add(new MemberItem(consortium, details));
    }
    if (pendingCoordinator != null) {
      String siret = pendingCoordinator.siret("coordinator_siret");
      if (siret != null && !memberSirets.contains(siret)) {
        pendingCoordinator.problem(
            "coordinator_siret", siret, "le coordonnateur n'est pas dans " + MEMBERS);
      }
      items.add(new CoordinatorItem(consortium, siret));
    }
  }

  private void operators() {
    for (Row row :
        rows(
            OPERATORS, "siret", "name", "address", "vat_exempt", "contact_name", "contact_email")) {
      Operator.Details details =
          new Operator.Details(
              row.text("name"),
              row.siret("siret"),
              row.text("address"),
              row.bool("vat_exempt", false),
              row.text("contact_name"),
              row.text("contact_email"));
      row.report(details.check(new Violations()), Map.of());
      if (details.siret() != null
          && operatorNames.putIfAbsent(details.siret(), details.name()) != null) {
        row.problem("siret", details.siret(), "opérateur en double (même SIRET plus haut)");
      }
      items.add(new OperatorItem(details));
    }
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
    if (!exactlyOne(AGREEMENT, rows)) {
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

  /** Unless the file itself was unreadable (then its own problem says why). */
  private boolean exactlyOne(String file, List<Row> rows) {
    if (rows.isEmpty() && problems.stream().anyMatch(p -> p.file().equals(file))) {
      return false;
    }
    if (rows.size() != 1) {
      problems.add(
          new ImportProblem(
              file,
              rows.isEmpty() ? 2 : rows.get(1).line(),
              null,
              null,
              "une seule ligne attendue, " + rows.size() + " trouvée(s)"));
      return false;
    }
    return true;
  }
}
