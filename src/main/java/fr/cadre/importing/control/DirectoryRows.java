package fr.cadre.importing.control;

import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.importing.control.SchemeItem.ConsortiumItem;
import fr.cadre.importing.control.SchemeItem.CoordinatorItem;
import fr.cadre.importing.control.SchemeItem.MemberItem;
import fr.cadre.importing.control.SchemeItem.OperatorItem;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.Violations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The directory's files of a scheme: {@code consortium.csv}, {@code members.csv} (the coordinator
 * among them) and {@code operators.csv}, each row judged by the directory's own checks ({@link
 * MemberDetails#check}, {@link Operator.Details#check}). What the other files refer to (the
 * consortium's name, the members' and operators' SIRETs) is kept for {@link SchemeFiles}.
 */
final class DirectoryRows {

  private final BiFunction<String, String[], List<Row>> files;
  private final List<ImportProblem> problems;
  private final List<SchemeItem> items;

  private String consortium;
  private Row pendingCoordinator;
  private final Set<String> memberSirets = new HashSet<>();
  private final Map<String, String> operatorNames = new HashMap<>();

  DirectoryRows(
      BiFunction<String, String[], List<Row>> files,
      List<ImportProblem> problems,
      List<SchemeItem> items) {
    this.files = files;
    this.problems = problems;
    this.items = items;
  }

  void read() {
    consortium();
    members();
    operators();
  }

  String consortiumName() {
    return consortium;
  }

  Set<String> memberSirets() {
    return memberSirets;
  }

  /** The operators' names by SIRET, for messages that name a holder. */
  Map<String, String> operatorNames() {
    return operatorNames;
  }

  private List<Row> rows(String file, String... columns) {
    return files.apply(file, columns);
  }

  private void consortium() {
    List<Row> rows =
        rows(
            SchemeFiles.CONSORTIUM,
            "name",
            "constitutive_agreement_ref",
            "constitutive_agreement_date",
            "coordinator_siret");
    if (!CsvFile.exactlyOne(SchemeFiles.CONSORTIUM, rows, problems)) {
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

  private void members() {
    List<Row> rows =
        rows(
            SchemeFiles.MEMBERS,
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
            "coordinator_siret", siret, "le coordonnateur n'est pas dans " + SchemeFiles.MEMBERS);
      }
      items.add(new CoordinatorItem(consortium, siret));
    }
  }

  private void operators() {
    for (Row row :
        rows(
            SchemeFiles.OPERATORS,
            "siret",
            "name",
            "address",
            "vat_exempt",
            "contact_name",
            "contact_email")) {
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
}
