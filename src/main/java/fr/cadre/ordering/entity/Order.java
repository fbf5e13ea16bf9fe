package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer asks for, resolved to domain objects, before it becomes a voucher. {@code
 * lotHolders} are the lot's holders by rank, as read for this order.
 */
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
    List<Line> lines,
    List<Holder> lotHolders) {

  /** R2162-6: the voucher goes to one of the lot's holders. */
  public boolean holderHoldsLot() {
    return lotHolders.stream().anyMatch(h -> h.is(holder));
  }

  /** A quantity of one price line of the lot's schedule. */
  public record Line(PriceLine price, BigDecimal quantity) {}
}
