package fr.cadre.importing.entity;

/** One defect of an imported file, located so that the user can fix it in the spreadsheet. */
public record ImportProblem(String file, int line, String column, String value, String reason) {

  @Override
  public String toString() {
    return file
        + (line > 0 ? ", ligne " + line : "")
        + (column == null ? "" : ", colonne " + column)
        + (value == null || value.isEmpty() ? "" : " (« " + value + " »)")
        + " : "
        + reason;
  }
}
