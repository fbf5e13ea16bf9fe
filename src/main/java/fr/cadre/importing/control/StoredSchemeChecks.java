package fr.cadre.importing.control;

import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.directory.control.Directory;
import fr.cadre.importing.control.SchemeItem.AgreementItem;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * What a valid scheme's items would change of what Cadre already holds that the domain forbids,
 * asked of the same methods the write step meets: a notified agreement whose duration changes
 * ({@code FrameworkAgreement.isRevisableTo}, R2194-1), a lot awarded to an operator deactivated in
 * Cadre ({@code Operator.checkMayHold}). Found here, such a file is refused with nothing written,
 * rather than failing midway through the write step.
 */
@ApplicationScoped
public class StoredSchemeChecks {

  @Inject Agreements agreements;
  @Inject Directory directory;

  public List<ImportProblem> problems(Scheme scheme) {
    List<ImportProblem> problems = new ArrayList<>();
    for (SchemeItem item : scheme.items()) {
      if (item instanceof AgreementItem a) {
        agreements
            .byReference(a.terms().reference())
            .filter(stored -> !stored.isRevisableTo(a.terms()))
            .ifPresent(stored -> problems.add(durationChanged(stored.terms(), a.terms())));
      } else if (item instanceof LotItem lot) {
        for (String siret : lot.holderSirets()) {
          directory
              .operatorBySiret(siret)
              .map(o -> o.checkMayHold("holder_sirets", new Violations()).list())
              .orElse(List.of())
              .forEach(
                  v ->
                      problems.add(
                          new ImportProblem(
                              SchemeFiles.LOTS,
                              0,
                              "holder_sirets",
                              siret,
                              "lot "
                                  + lot.number()
                                  + " de l'accord-cadre "
                                  + lot.agreement()
                                  + " : "
                                  + v.message())));
        }
      }
    }
    return problems;
  }

  private static ImportProblem durationChanged(AgreementTerms stored, AgreementTerms read) {
    String column;
    String value;
    if (!read.startDate().equals(stored.startDate())) {
      column = "start_date";
      value = FrenchDates.of(read.startDate());
    } else if (read.initialMonths() != stored.initialMonths()) {
      column = "initial_months";
      value = Integer.toString(read.initialMonths());
    } else if (read.renewalCount() != stored.renewalCount()) {
      column = "renewal_count";
      value = Integer.toString(read.renewalCount());
    } else {
      column = "renewal_months";
      value = Integer.toString(read.renewalMonths());
    }
    return new ImportProblem(
        SchemeFiles.AGREEMENT,
        0,
        column,
        value,
        "R2194-1 : l'accord-cadre "
            + read.reference()
            + " est notifié ; sa durée ne se modifie que par avenant");
  }
}
