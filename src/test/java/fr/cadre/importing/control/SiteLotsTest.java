package fr.cadre.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.agreement.entity.DurationLimits;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.control.SchemeItem.SiteItem;
import fr.cadre.importing.control.SchemeItem.SiteLotItem;
import fr.cadre.importing.entity.ImportProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "Import of successive agreements: one site per residence, the lot serving it per agreement")
class SiteLotsTest {

  private static final Path SAMPLE = Path.of("sample-data");

  @TempDir Path dir;

  @Test
  void theSampleReadsAsTwoAgreementsOfFiveLotsServingTheSame40Sites() {
    Scheme scheme = SchemeFiles.read(SAMPLE, DurationLimits.LEGAL);

    assertThat(scheme.problems()).isEmpty();
    assertThat(scheme.items().stream().filter(i -> i instanceof SiteItem)).hasSize(40);
    List<LotItem> lots =
        scheme.items().stream().filter(i -> i instanceof LotItem).map(LotItem.class::cast).toList();
    assertThat(lots)
        .extracting(LotItem::agreement)
        .containsOnly("AC-MSU-2021-001", "AC-MSU-2025-001");
    assertThat(lots).hasSize(10);
    // The successor, launched in 2024, has a maximum on each of its four periods.
    assertThat(lots.stream().filter(l -> l.agreement().equals("AC-MSU-2025-001")))
        .allSatisfy(
            l -> {
              assertThat(l.limits()).hasSize(4);
              assertThat(l.limits()).allSatisfy(x -> assertThat(x.maximum()).isNotNull());
            });
    List<SiteLotItem> served =
        scheme.items().stream()
            .filter(i -> i instanceof SiteLotItem)
            .map(SiteLotItem.class::cast)
            .toList();
    assertThat(served).hasSize(80);
    assertThat(served.stream().map(SiteLotItem::site).distinct()).hasSize(40);
    // Written in order: lots after the agreements, the lots serving sites after the sites.
    int lastSite = lastIndex(scheme, SiteItem.class);
    int firstServed = scheme.items().indexOf(served.get(0));
    assertThat(firstServed).isGreaterThan(lastSite);
  }

  @Test
  void aSiteThatNoLotServesIsRefusedOnItsOwnRow() throws IOException {
    Path folder =
        copy(f -> f.equals("site_lots.csv") ? dropRowsOf("MRS-101") : UnaryOperator.identity());

    List<ImportProblem> problems = SchemeFiles.read(folder, DurationLimits.LEGAL).problems();

    assertThat(problems)
        .anyMatch(
            p ->
                p.file().equals("sites.csv")
                    && p.line() == 2
                    && "code".equals(p.column())
                    && p.reason().contains("desservi par aucun lot"));
  }

  @Test
  void aRowNamingNoAgreementIsRefusedWhenTheSchemeHasSeveral() throws IOException {
    Path folder =
        copy(
            f ->
                f.equals("price_lines.csv")
                    ? text -> text.replaceFirst("\nAC-MSU-2025-001;", "\n;")
                    : UnaryOperator.identity());

    List<ImportProblem> problems = SchemeFiles.read(folder, DurationLimits.LEGAL).problems();

    assertThat(problems)
        .anyMatch(
            p ->
                p.file().equals("price_lines.csv")
                    && p.line() == 42
                    && "agreement".equals(p.column())
                    && p.reason().contains("obligatoire"));
  }

  @Test
  void theHolderFixedForASiteMustHoldItsLot_R2162_6() throws IOException {
    Path folder =
        copy(
            f ->
                f.equals("site_lots.csv")
                    ? text ->
                        text.replace(
                            "MRS-101;AC-MSU-2025-001;1;;",
                            "MRS-101;AC-MSU-2025-001;1;84143644171172;")
                    : UnaryOperator.identity());

    List<ImportProblem> problems = SchemeFiles.read(folder, DurationLimits.LEGAL).problems();

    assertThat(problems)
        .anyMatch(
            p ->
                p.file().equals("site_lots.csv")
                    && p.line() == 42
                    && "holder_siret".equals(p.column())
                    && p.reason().contains("R2162-6"));
  }

  @Test
  void daysServedOutsideTheRowsAgreementAreRefused() throws IOException {
    assertDefect(
        "site_lots.csv",
        42,
        l -> l.replace(";2025-01-01;", ";2024-12-01;"),
        "served_from",
        "à partir d'un jour de l'accord-cadre AC-MSU-2025-001");
  }

  @Test
  void aLotServingTheSameSiteTwiceIsRefused() throws IOException {
    assertDefect(
        "site_lots.csv",
        43,
        l -> l.replaceFirst("^MRS-102", "MRS-101"),
        "lot",
        "ce lot dessert déjà ce site");
  }

  @Test
  void twoLotsServingASiteOnTheSameDaysAreRefused() throws IOException {
    assertDefect(
        "site_lots.csv",
        42,
        l -> "MRS-101;AC-MSU-2021-001;2;;2021-07-01;",
        "served_from",
        "un lot à la fois");
  }

  @Test
  void aRowNamingASiteNotInSitesCsvIsRefused() throws IOException {
    assertDefect(
        "site_lots.csv",
        44,
        l -> l.replaceFirst("^MRS-\\d+", "MRS-999"),
        "site",
        "site absent de sites.csv");
  }

  @Test
  void aRowNamingAnUnknownAgreementIsRefused() throws IOException {
    assertDefect(
        "lot_limits.csv",
        22,
        l -> l.replaceFirst("^AC-MSU-2025-001", "AC-MSU-2029-001"),
        "agreement",
        "accord-cadre inconnu");
  }

  @Test
  void twoAgreementsWithOneReferenceAreRefused() throws IOException {
    assertDefect(
        "agreement.csv",
        3,
        l -> l.replaceFirst("^AC-MSU-2025-001", "AC-MSU-2021-001"),
        "reference",
        "accord-cadre en double");
  }

  /** The sample with one line of one file changed: refused with that defect, nothing to write. */
  private void assertDefect(
      String file, int line, UnaryOperator<String> change, String column, String reason)
      throws IOException {
    Path folder =
        copy(
            f ->
                f.equals(file)
                    ? text -> {
                      List<String> lines = new java.util.ArrayList<>(text.lines().toList());
                      String changed = change.apply(lines.get(line - 1));
                      assertThat(changed)
                          .as("the defect applies")
                          .isNotEqualTo(lines.get(line - 1));
                      lines.set(line - 1, changed);
                      return String.join("\n", lines) + "\n";
                    }
                    : UnaryOperator.identity());

    Scheme scheme = SchemeFiles.read(folder, DurationLimits.LEGAL);

    assertThat(scheme.items()).isEmpty();
    assertThat(scheme.problems())
        .as(scheme.problems().toString())
        .anyMatch(
            p ->
                p.file().equals(file)
                    && p.line() == line
                    && column.equals(p.column())
                    && p.reason().contains(reason));
  }

  private static UnaryOperator<String> dropRowsOf(String site) {
    return text ->
        String.join("\n", text.lines().filter(l -> !l.startsWith(site + ";")).toList()) + "\n";
  }

  private static int lastIndex(Scheme scheme, Class<?> kind) {
    int last = -1;
    for (int i = 0; i < scheme.items().size(); i++) {
      if (kind.isInstance(scheme.items().get(i))) {
        last = i;
      }
    }
    return last;
  }

  /** The sample, each file changed by what {@code change} gives for its name. */
  private Path copy(java.util.function.Function<String, UnaryOperator<String>> change)
      throws IOException {
    try (var files = Files.list(SAMPLE)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        String name = file.getFileName().toString();
        Files.writeString(dir.resolve(name), change.apply(name).apply(Files.readString(file)));
      }
    }
    return dir;
  }
}
