package fr.cadre.importing.control;

import fr.cadre.importing.entity.ImportProblem;
import java.util.List;

/** A scheme's files as read: the items to write, in order, or the problems that forbid any. */
public record Scheme(List<SchemeItem> items, List<ImportProblem> problems) {

  public boolean valid() {
    return problems.isEmpty();
  }
}
