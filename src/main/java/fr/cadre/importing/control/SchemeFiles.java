package fr.cadre.importing.control;

import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.DurationLimits;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.importing.control.SchemeItem.AgreementItem;
import fr.cadre.importing.control.SchemeItem.ConsortiumItem;
import fr.cadre.importing.control.SchemeItem.CoordinatorItem;
import fr.cadre.importing.control.SchemeItem.LimitItem;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.control.SchemeItem.MemberItem;
import fr.cadre.importing.control.SchemeItem.OperatorItem;
import fr.cadre.importing.control.SchemeItem.PriceItem;
import fr.cadre.importing.control.SchemeItem.SiteItem;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.Violation;
import fr.cadre.kernel.Violations;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scheme's CSV files from a folder and validates every row, alone (formats, checksums, the
 * domain's own checks) and against the others (unknown lot, member or holder, duplicate keys,
 * limits for a period the agreement does not have). The result is either the ordered items to
 * write, or every problem found: never a partial plan.
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

  private final Path folder;
  private final DurationLimits durationLimits;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<SchemeItem> items = new ArrayList<>();

  private String consortium;
  private final SchemeLots schemeLots = new SchemeLots();
  private final Set<String> memberSirets = new HashSet<>();
  private final Set<String> operatorSirets = new HashSet<>();
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

  /** The items to write, in order, or the problems that forbid writing any. */
  public record Scheme(List<SchemeItem> items, List<ImportProblem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }

    public Map<String, Integer> countsByKind() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
      return counts;
    }
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
    SiteLots.read(rows(SITE_LOTS, SiteLots.COLUMNS), schemeLots, siteRows, items);
    placeLots();
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
              row.required("name"),
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
      domain(row, details.check(new Violations()));
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
              row.required("name"),
              row.siret("siret"),
              row.text("address"),
              row.bool("vat_exempt", false),
              row.text("contact_name"),
              row.text("contact_email"));
      domain(row, details.check(new Violations()));
      if (details.siret() != null && !operatorSirets.add(details.siret())) {
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
    if (rows.isEmpty()) {
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
            row.required("reference"),
            row.required("object"),
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
    domain(row, v);
    if (terms.reference() != null
        && !schemeLots.addAgreement(terms, v.isEmpty() && terms.startDate() != null)) {
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
      if (number <= 0) {
        row.problem("number", number.toString(), "un numéro de lot est positif");
      }
      String agreement = schemeLots.agreementOf(row);
      List<String> holders = new ArrayList<>();
      String raw = row.required("holder_sirets");
      if (raw != null) {
        for (String siret : raw.split("[\\s|/]+")) {
          if (!operatorSirets.contains(siret)) {
            row.problem("holder_sirets", siret, "titulaire absent de " + OPERATORS);
          }
          holders.add(siret);
        }
      }
      LotItem lot =
          new LotItem(
              agreement,
              number,
              row.required("label"),
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
    Set<String> seen = new HashSet<>();
    for (Row row : rows(LIMITS, "lot", "period_start", "minimum", "maximum")) {
      LotItem lot = schemeLots.lot(row, "lot");
      LocalDate start = row.date("period_start");
      BigDecimal minimum = row.money("minimum");
      BigDecimal maximum = row.money("maximum");
      if (lot == null || start == null) {
        continue;
      }
      List<AgreementPeriod> periods = schemeLots.periods(lot.agreement());
      AgreementPeriod period =
          periods.stream().filter(p -> p.start().equals(start)).findFirst().orElse(null);
      if (period == null) {
        boolean inside = periods.stream().anyMatch(p -> p.contains(start));
        row.problem(
            "period_start",
            start.toString(),
            inside
                ? "ce n'est pas le début d'une période de l'accord-cadre (débuts : "
                    + String.join(", ", periods.stream().map(p -> p.start().toString()).toList())
                    + ")"
                : "date hors de l'accord-cadre");
        continue;
      }
      if (!seen.add(lot.agreement() + "/" + lot.number() + "/" + period.index())) {
        row.problem(
            "period_start", start.toString(), "limites en double pour ce lot et cette période");
      }
      if (minimum != null && minimum.signum() < 0) {
        row.problem(
            "minimum", minimum.toPlainString(), "R2162-4 : un minimum ne peut être négatif");
      }
      if (maximum != null && maximum.signum() <= 0) {
        row.problem("maximum", maximum.toPlainString(), "R2162-4 : un maximum est positif");
      }
      if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
        row.problem("minimum", minimum.toPlainString(), "R2162-4 : le minimum dépasse le maximum");
      }
      lot.limits().add(new LimitItem(period.index(), minimum, maximum));
    }
  }

  private void prices() {
    Set<String> seen = new HashSet<>();
    for (Row row : rows(PRICES, "lot", "code", "label", "unit", "unit_price", "vat_rate")) {
      LotItem lot = schemeLots.lot(row, "lot");
      PriceLine.Details details =
          new PriceLine.Details(
              row.required("code"),
              row.required("label"),
              row.required("unit"),
              row.money("unit_price"),
              row.decimal("vat_rate", 2));
      domain(row, details.check(new Violations()));
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
      } else if (dwellings < 0) {
        row.problem("dwellings", dwellings.toString(), "le nombre de logements est positif");
      }
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
              row.required("name"),
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

  private boolean exactlyOne(String file, List<Row> rows) {
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

  /**
   * The domain's own checks, reported against the row and the column they concern, unless reading
   * the value already reported that column.
   */
  private void domain(Row row, Violations violations) {
    for (Violation v : violations.list()) {
      String column = column(v.field());
      boolean known =
          problems.stream()
              .anyMatch(
                  p ->
                      p.file().equals(row.file())
                          && p.line() == row.line()
                          && column.equals(p.column()));
      if (!known) {
        row.problem(column, null, v.message());
      }
    }
  }

  /** camelCase field to snake_case column: {@code unitPrice} is {@code unit_price}. */
  private static String column(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
