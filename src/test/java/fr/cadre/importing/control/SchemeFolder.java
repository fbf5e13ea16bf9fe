package fr.cadre.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.agreement.entity.DurationLimits;
import fr.cadre.importing.entity.ImportProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small valid scheme written as the nine CSV files in a folder (one agreement of four periods
 * from 01/07/2021 to 31/12/2024, two lots, two operators, three members, three sites and the lots
 * serving them), for the row checks' tests to spoil one cell at a time. Lines are numbered as a
 * spreadsheet shows them: the header is line 1.
 */
final class SchemeFolder {

  static final String CITY = "21136600953662";
  static final String LANDLORD = "27135587917264";
  static final String PREFECTURE = "13001528939013";
  static final String NORTH = "80877151591785";
  static final String CENTRE = "84143644171172";

  private final Path folder;
  private final Map<String, List<String>> files = new LinkedHashMap<>();
  private final Map<String, Charset> encodings = new LinkedHashMap<>();

  SchemeFolder(Path folder) {
    this.folder = folder;
    files.put(
        SchemeFiles.CONSORTIUM,
        lines(
            "name;constitutive_agreement_ref;constitutive_agreement_date;coordinator_siret",
            "Groupement de médiation;CC-2021-01;12/02/2021;" + CITY));
    files.put(
        SchemeFiles.MEMBERS,
        lines(
            "siret;name;address;legal_form;chorus_service_code;may_order;joined_after_procedure;share_amount;share_percent",
            CITY + ";Ville de Marseille;Quai du Port;LOCAL_AUTHORITY;VDM;true;false;;50",
            LANDLORD + ";Logis Méditerranée OPH;14 rue Sainte;OPH;LOGISMED;true;false;;30",
            PREFECTURE + ";Préfecture de police;2 rue Zattara;STATE;PREF;true;false;;20"));
    files.put(
        SchemeFiles.OPERATORS,
        lines(
            "siret;name;address;vat_exempt;contact_name;contact_email",
            NORTH + ";Association Passerelles Nord;11 bd Barnier;true;Nadia;nord@example.fr",
            CENTRE + ";Médiation Urbaine SCOP;24 rue d'Italie;false;Julien;scop@example.fr"));
    files.put(
        SchemeFiles.AGREEMENT,
        lines(
            "reference;object;cpv_code;procedure_launch_date;notification_date;start_date;initial_months;renewal_count;renewal_months",
            "AC-2021-001;Médiation sociale urbaine;85320000;2021-03-15;2021-06-21;2021-07-01;6;3;12"));
    files.put(
        SchemeFiles.LOTS,
        lines(
            "number;label;allocation_rule;holder_sirets",
            "1;Secteur Nord;FIXED_PER_SITE;" + NORTH,
            "2;Secteur Centre;FIXED_PER_SITE;" + CENTRE));
    List<String> limits = lines("lot;period_start;minimum;maximum");
    for (int lot = 1; lot <= 2; lot++) {
      limits.add(lot + ";2021-07-01;1000.00;50000.00");
      limits.add(lot + ";2022-01-01;2000.00;100000.00");
      limits.add(lot + ";2023-01-01;2000.00;100000.00");
      limits.add(lot + ";2024-01-01;2000.00;100000.00");
    }
    files.put(SchemeFiles.LIMITS, limits);
    files.put(
        SchemeFiles.PRICES,
        lines(
            "lot;code;label;unit;unit_price;vat_rate",
            "1;H-JOUR;Heure de médiateur, jour;heure;29,50;20",
            "1;H-SOIR;Heure de médiateur, soirée;heure;34,00;20",
            "2;H-JOUR;Heure de médiateur, jour;heure;30,00;20"));
    files.put(
        SchemeFiles.SITES,
        lines(
            "code;name;address;district;member_siret;dwellings",
            "MRS-101;Résidence Les Micocouliers;102 chemin des Aygalades;13015;" + CITY + ";534",
            "MRS-102;Résidence Le Clos des Oliviers;19 chemin de Saint-André;13016;"
                + LANDLORD
                + ";429",
            "MRS-201;Résidence Le Panier;3 rue du Panier;13002;" + LANDLORD + ";120"));
    files.put(
        SchemeFiles.SITE_LOTS,
        lines(
            "site;lot;holder_siret;served_from;served_to",
            "MRS-101;1;;;",
            "MRS-102;1;" + NORTH + ";;",
            "MRS-201;2;;;"));
  }

  private static List<String> lines(String... lines) {
    return new ArrayList<>(List.of(lines));
  }

  /** Replaces line {@code number} (the header is 1) of a file. */
  SchemeFolder line(String file, int number, String content) {
    files.get(file).set(number - 1, content);
    return this;
  }

  String line(String file, int number) {
    return files.get(file).get(number - 1);
  }

  /** Replaces one cell, by its column name, of line {@code number}. */
  SchemeFolder cell(String file, int number, String column, String value) {
    List<String> header = List.of(line(file, 1).split(";", -1));
    String[] cells = line(file, number).split(";", -1);
    cells[header.indexOf(column)] = value;
    return line(file, number, String.join(";", cells));
  }

  SchemeFolder add(String file, String content) {
    files.get(file).add(content);
    return this;
  }

  SchemeFolder remove(String file, int number) {
    files.get(file).remove(number - 1);
    return this;
  }

  SchemeFolder without(String file) {
    files.remove(file);
    return this;
  }

  /** Writes that file in another encoding than UTF-8. */
  SchemeFolder encoded(String file, Charset charset) {
    encodings.put(file, charset);
    return this;
  }

  /** Writes the files and reads them as an import does. */
  Scheme read() {
    try {
      for (String file : SchemeFiles.FILES) {
        Files.deleteIfExists(folder.resolve(file));
      }
      for (var file : files.entrySet()) {
        Files.writeString(
            folder.resolve(file.getKey()),
            String.join("\n", file.getValue()) + "\n",
            encodings.getOrDefault(file.getKey(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SchemeFiles.read(folder, DurationLimits.LEGAL);
  }

  /**
   * The one problem reported at that place, checked to speak of the column by its CSV name: no Java
   * field name (camelCase) in the reason.
   */
  static ImportProblem defect(Scheme scheme, String file, int line, String column) {
    assertThat(scheme.valid()).as("refused").isFalse();
    assertThat(scheme.items()).as("nothing to write when refused").isEmpty();
    List<ImportProblem> found =
        scheme.problems().stream()
            .filter(
                p ->
                    p.file().equals(file)
                        && p.line() == line
                        && java.util.Objects.equals(p.column(), column))
            .toList();
    assertThat(found).as(file + " line " + line + " in " + scheme.problems()).hasSize(1);
    assertThat(found.get(0).reason()).doesNotContainPattern("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    return found.get(0);
  }
}
