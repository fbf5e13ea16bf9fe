package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an officer asks for, resolved to domain objects, before it becomes a voucher. */
public record Order(
    Member member,
    Lot lot,
    Site site,
    Operator holder,
    String allocation,
    String object,
    LocalDate executionStart,
    LocalDate executionEnd,
    String commitmentNumber,
    Integer budgetYear,
    String budgetLine,
    String chorusServiceCode,
    String signatoryName,
    String signatoryRole,
    List<Line> lines) {

  /** A quantity of one price line of the lot's schedule. */
  public record Line(PriceLine price, BigDecimal quantity) {}
}
