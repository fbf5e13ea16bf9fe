package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "Importing the Marseille scheme: first start, idempotent re-import, every defect located")
class SchemeImportIT {

  private static final Path WORK =
      Path.of(System.getProperty("cadre.test.dir", "target/it"), "imports");

  private static final String FIRST = "AC-MSU-2021-001";
  private static final String SUCCESSOR = "AC-MSU-2025-001";

  @ArquillianResource URL base;

  private Api api;
  private Imports imports;

  @BeforeEach
  void client() {
    api = new Api(base);
    imports = new Imports(api);
  }

  @Test
  void firstStartImportsTheMarseilleSampleIntoTheEmptyDatabase() {
    long firstRun = imports.firstStartRun();
    JsonObject run = imports.awaitEnd(firstRun);
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    assertThat(run.getJsonObject("progress").getInt("written"))
        .isEqualTo(run.getJsonObject("progress").getInt("items"));

    JsonObject agreement = agreement(FIRST);
    assertThat(agreement.getJsonArray("periods")).hasSize(4);
    assertThat(agreement.getString("end")).isEqualTo("2024-12-31");
    assertThat(agreement.getJsonArray("lots")).hasSize(5);
    JsonObject successor = agreement(SUCCESSOR);
    assertThat(successor.getJsonArray("periods")).hasSize(4);
    assertThat(successor.getString("startDate")).isEqualTo("2025-01-01");
    assertThat(successor.getString("end")).isEqualTo("2028-12-31");
    assertThat(successor.getInt("totalMonths")).isEqualTo(48);
    assertThat(successor.getJsonArray("lots")).hasSize(5);
    // A residence served under both agreements is one site.
    List<JsonObject> sites = marseilleSites();
    assertThat(sites).hasSize(40);
    assertThat(sites)
        .allSatisfy(
            s ->
                assertThat(
                        s.getJsonArray("lots").getValuesAs(JsonObject.class).stream()
                            .map(l -> l.getString("agreementReference")))
                    .as(s.getString("code"))
                    .containsExactly(FIRST, SUCCESSOR));
    assertThat(sites.stream().mapToInt(s -> s.getInt("dwellings")).sum())
        .isGreaterThanOrEqualTo(24_000);
    List<String> operatorSirets =
        api.get("/operators").array().getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("siret"))
            .toList();
    assertThat(operatorSirets).containsAll(column(Imports.SAMPLE.resolve("operators.csv"), 0));
    JsonObject counts = run.getJsonObject("counts");
    assertThat(counts.getJsonObject("sites").getInt("created")).isEqualTo(40);
    assertThat(counts.getJsonObject("opérateurs").getInt("created")).isEqualTo(5);
    assertThat(counts.getJsonObject("accord-cadre").getInt("created")).isEqualTo(2);
    assertThat(counts.getJsonObject("lots").getInt("created")).isEqualTo(10);
    assertThat(counts.getJsonObject("lots des sites").getInt("created")).isEqualTo(80);
  }

  @Test
  void theWholeSampleBothAgreementsIncludedIsImportedInOneRunAtFirstStart() {
    long firstRun = imports.firstStartRun();
    JsonObject run = imports.awaitEnd(firstRun);

    List<JsonObject> firstStartRuns =
        api.get("/imports").array().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("startedBy").contains("premier démarrage"))
            .toList();
    assertThat(firstStartRuns).hasSize(1);
    assertThat(run.getString("status")).isEqualTo("COMPLETED");
    assertThat(run.getInt("attempts")).isEqualTo(1);
    // Every record of the sample, both agreements' included, came from that one run.
    JsonObject counts = run.getJsonObject("counts");
    assertThat(counts.getJsonObject("prix").getInt("created")).isEqualTo(80);
    assertThat(counts.getJsonObject("lots des sites").getInt("created")).isEqualTo(80);
    assertThat(run.getJsonObject("progress").getInt("items"))
        .isEqualTo(counts.keySet().stream().mapToInt(k -> total(counts.getJsonObject(k))).sum());
  }

  @Test
  void eachAgreementsLotsShowTheirSites() {
    imports.awaitEnd(imports.firstStartRun());

    for (String reference : List.of(FIRST, SUCCESSOR)) {
      JsonObject agreement = agreement(reference);
      Set<String> served = new HashSet<>();
      for (JsonObject lot : agreement.getJsonArray("lots").getValuesAs(JsonObject.class)) {
        long id = lot.getJsonNumber("id").longValue();
        List<JsonObject> lotSites =
            api.get("/lots/" + id + "/sites").array().getValuesAs(JsonObject.class);
        assertThat(lotSites).as(reference + " lot " + lot.getInt("number")).hasSize(8);
        assertThat(lotSites)
            .allSatisfy(
                a -> {
                  assertThat(a.getString("agreementReference")).isEqualTo(reference);
                  assertThat(a.getInt("lotNumber")).isEqualTo(lot.getInt("number"));
                });
        // The sites list filtered by that lot shows the same sites.
        assertThat(
                api.get("/sites?lot=" + id).array().getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getString("code")))
            .containsExactlyElementsOf(
                lotSites.stream().map(a -> a.getString("siteCode")).toList());
        lotSites.forEach(a -> served.add(a.getString("siteCode")));
      }
      assertThat(served).as(reference).hasSize(40);
    }
  }

  @Test
  void reimportingTheSameFilesChangesNothing() throws IOException {
    firstStartImportsTheMarseilleSampleIntoTheEmptyDatabase();
    String before = snapshot();

    JsonObject run = imports.importFolder(Imports.copyOfSample(WORK));

    assertThat(run.getString("status")).isEqualTo("COMPLETED");
    for (String kind : run.getJsonObject("counts").keySet()) {
      JsonObject count = run.getJsonObject("counts").getJsonObject(kind);
      assertThat(count.getInt("created") + count.getInt("updated")).as(kind).isZero();
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aChangedRowUpdatesItsRecordAndACommaSeparatedFileIsAccepted() throws IOException {
    firstStartImportsTheMarseilleSampleIntoTheEmptyDatabase();
    Path folder = Imports.copyOfSample(WORK);
    // The same sites as a comma-separated export, with one residence renamed.
    Path sites = folder.resolve("sites.csv");
    List<String> lines = Files.readAllLines(sites);
    List<String> comma = new ArrayList<>();
    for (String line : lines) {
      comma.add(
          Stream.of(line.split(";", -1))
              .map(cell -> cell.contains(",") ? "\"" + cell + "\"" : cell)
              .reduce((a, b) -> a + "," + b)
              .orElseThrow()
              .replace("Résidence Les Cigales", "Résidence Les Grandes Cigales"));
    }
    Files.write(sites, comma);

    JsonObject run = imports.importFolder(folder);

    assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    JsonObject siteCounts = run.getJsonObject("counts").getJsonObject("sites");
    assertThat(siteCounts.getInt("updated")).isEqualTo(1);
    assertThat(siteCounts.getInt("created")).isZero();
    assertThat(marseilleSites())
        .anyMatch(s -> s.getString("name").equals("Résidence Les Grandes Cigales"));
    imports.importFolder(Imports.copyOfSample(WORK)); // back to the sample, for the other tests
  }

  @Test
  void eachDefectIsRejectedWithItsLineAndReasonAndNothingIsWritten() throws IOException {
    firstStartImportsTheMarseilleSampleIntoTheEmptyDatabase();
    String before = snapshot();

    expectRefusal(
        "operators.csv",
        line(3, l -> l.replaceFirst("^(\\d{13})(\\d)", "$1" + "X")),
        3,
        "siret",
        "SIRET");
    expectRefusal(
        "operators.csv", line(3, l -> flipLastDigitOfSiret(l)), 3, "siret", "clé de contrôle");
    expectRefusal(
        "sites.csv",
        line(10, l -> l.replaceFirst("^MRS-\\d+", "MRS-102")),
        10,
        "code",
        "site en double");
    expectRefusal(
        "price_lines.csv",
        line(3, l -> l.replace(";34,00;", ";-34,00;")),
        3,
        "unit_price",
        "négatif");
    expectRefusal(
        "site_lots.csv",
        line(5, l -> l.replaceFirst("^([^;]+;[^;]+;)\\d;", "$19;")),
        5,
        "lot",
        "lot inconnu");
    expectRefusal(
        "lot_limits.csv",
        line(2, l -> l.replace("2021-07-01", "2026-01-01")),
        2,
        "period_start",
        "hors de l'accord-cadre");
    expectRefusal(
        "members.csv", line(4, l -> l.replaceFirst(";", "")), 4, null, "nombre de colonnes");
    expectRefusal(
        "lot_limits.csv",
        line(3, l -> l.replaceFirst(";(\\d+\\.\\d+);(\\d+\\.\\d+)$", ";$2;$1")),
        3,
        "minimum",
        "R2162-4");
    Path latin1 = Imports.copyOfSample(WORK);
    String operators = Files.readString(latin1.resolve("operators.csv"));
    Files.write(latin1.resolve("operators.csv"), operators.getBytes(StandardCharsets.ISO_8859_1));
    JsonObject refused = imports.importFolder(latin1);
    assertThat(refused.getString("status")).isEqualTo("INVALID");
    assertThat(refused.getJsonArray("problems").getJsonObject(0).getString("reason"))
        .contains("UTF-8");
    List<String> lines = operators.lines().toList();
    int firstAccent =
        1
            + lines.indexOf(
                lines.stream().filter(l -> !l.matches("\\p{ASCII}*")).findFirst().orElseThrow());
    assertThat(refused.getJsonArray("problems").getJsonObject(0).getInt("line"))
        .isEqualTo(firstAccent);

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void r2194_1_aChangedDurationOfTheNotifiedAgreementIsRefusedBeforeAnythingIsWritten()
      throws IOException {
    firstStartImportsTheMarseilleSampleIntoTheEmptyDatabase();
    String before = snapshot();
    // One renewal less, and no limits for the period that goes: valid files, refused only
    // against the agreement as stored, which is notified.
    Path folder = Imports.copyOfSample(WORK);
    Path agreement = folder.resolve("agreement.csv");
    Files.write(
        agreement,
        Files.readAllLines(agreement).stream()
            .map(l -> l.startsWith("AC-MSU-2021-001;") ? l.replaceFirst(";3;12$", ";2;12") : l)
            .toList());
    Path limits = folder.resolve("lot_limits.csv");
    Files.write(
        limits,
        Files.readAllLines(limits).stream()
            .filter(l -> !l.startsWith("AC-MSU-2021-001;") || !l.contains(";2024-01-01;"))
            .toList());

    JsonObject run = imports.importFolder(folder);

    assertThat(run.getString("status")).as(run.toString()).isEqualTo("INVALID");
    assertThat(run.getJsonObject("progress").getInt("written")).isZero();
    JsonObject problem = run.getJsonArray("problems").getJsonObject(0);
    assertThat(run.getJsonArray("problems")).as(run.toString()).hasSize(1);
    assertThat(problem.getString("file")).isEqualTo("agreement.csv");
    assertThat(problem.getString("column")).isEqualTo("renewal_count");
    assertThat(problem.getString("value")).isEqualTo("2");
    assertThat(problem.getString("reason"))
        .isEqualTo(
            "R2194-1 : l'accord-cadre AC-MSU-2021-001 est notifié ; sa durée ne se modifie que"
                + " par avenant");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aLotHolderDeactivatedInCadreIsRefusedBeforeAnythingIsWritten() throws IOException {
    firstStartImportsTheMarseilleSampleIntoTheEmptyDatabase();
    long id = new Fixtures(api).operator(false);
    JsonObject operator = api.get("/operators/" + id).json();
    assertThat(api.send("DELETE", "/operators/" + id, null, java.util.Map.of()).status())
        .isEqualTo(200);
    String before = snapshot();
    String siret = operator.getString("siret");
    // The files name it as a second holder of lot 1: valid alone, refused by the stored operator.
    Path folder = Imports.copyOfSample(WORK);
    Files.writeString(
        folder.resolve("operators.csv"),
        siret + ";" + operator.getString("name") + ";2 bd National;false;;\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path lots = folder.resolve("lots.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(lots));
    lines.set(1, lines.get(1).replaceFirst(";(\\d{14});", ";$1|" + siret + ";"));
    Files.write(lots, lines);

    JsonObject run = imports.importFolder(folder);

    assertThat(run.getString("status")).as(run.toString()).isEqualTo("INVALID");
    assertThat(run.getJsonObject("progress").getInt("written")).isZero();
    assertThat(run.getJsonArray("problems")).as(run.toString()).hasSize(1);
    JsonObject problem = run.getJsonArray("problems").getJsonObject(0);
    assertThat(problem.getString("file")).isEqualTo("lots.csv");
    assertThat(problem.getString("column")).isEqualTo("holder_sirets");
    assertThat(problem.getString("value")).isEqualTo(siret);
    assertThat(problem.getString("reason"))
        .isEqualTo(
            "lot 1 de l'accord-cadre AC-MSU-2021-001 : "
                + operator.getString("name")
                + " est désactivé");
    assertThat(snapshot()).isEqualTo(before);
  }

  private void expectRefusal(
      String file, UnaryOperator<List<String>> spoil, int line, String column, String reason)
      throws IOException {
    Path folder = Imports.copyOfSample(WORK);
    Path target = folder.resolve(file);
    List<String> lines = Files.readAllLines(target);
    List<String> spoiled = spoil.apply(new ArrayList<>(lines));
    assertThat(spoiled).as("the defect was applied to " + file).isNotEqualTo(lines);
    Files.write(target, spoiled);

    JsonObject run = imports.importFolder(folder);

    assertThat(run.getString("status")).as(run.toString()).isEqualTo("INVALID");
    assertThat(run.getJsonObject("progress").getInt("written")).isZero();
    List<JsonObject> problems = run.getJsonArray("problems").getValuesAs(JsonObject.class);
    assertThat(problems)
        .as(file + " line " + line + ": " + run.getJsonArray("problems"))
        .anyMatch(
            p ->
                p.getString("file").equals(file)
                    && p.getInt("line") == line
                    && (column == null || column.equals(p.getString("column", null)))
                    && p.getString("reason").contains(reason));
  }

  private static UnaryOperator<List<String>> line(int number, UnaryOperator<String> change) {
    return lines -> {
      lines.set(number - 1, change.apply(lines.get(number - 1)));
      return lines;
    };
  }

  private static String flipLastDigitOfSiret(String line) {
    char key = line.charAt(13);
    return line.substring(0, 13) + (char) ('0' + (key - '0' + 1) % 10) + line.substring(14);
  }

  /**
   * What a user sees of the scheme: both agreements, operators, sites and the lots serving them.
   */
  private String snapshot() {
    return api.get("/agreements/" + agreement(FIRST).getJsonNumber("id").longValue()).body()
        + api.get("/agreements/" + agreement(SUCCESSOR).getJsonNumber("id").longValue()).body()
        + api.get("/operators").body()
        + marseilleSites();
  }

  private static int total(JsonObject count) {
    return count.getInt("created") + count.getInt("updated") + count.getInt("unchanged");
  }

  private JsonObject agreement(String reference) {
    return api.get("/agreements").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("reference").equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("agreement " + reference + " missing"));
  }

  private List<JsonObject> marseilleSites() {
    return api.get("/sites?size=500").array().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").startsWith("MRS-"))
        .toList();
  }

  private static List<String> column(Path csv, int index) {
    try {
      return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(";")[index]).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
