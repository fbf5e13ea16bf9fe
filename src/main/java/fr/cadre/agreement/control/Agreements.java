package fr.cadre.agreement.control;

import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.Limit;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keeps framework agreements, their lots and price schedules. */
@ApplicationScoped
@Transactional
public class Agreements {

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject AgreementSettings settings;

  public FrameworkAgreement create(long consortiumId, AgreementTerms terms) {
    terms.check(settings.durationLimits(), new Violations()).throwIfAny();
    if (byReference(terms.reference()).isPresent()) {
      throw DomainException.conflict(
          "duplicate-reference",
          "un accord-cadre de référence " + terms.reference() + " existe déjà");
    }
    FrameworkAgreement agreement =
        new FrameworkAgreement(directory.consortium(consortiumId), terms);
    em.persist(agreement);
    return agreement;
  }

  public FrameworkAgreement revise(long id, AgreementTerms terms) {
    terms.check(settings.durationLimits(), new Violations()).throwIfAny();
    FrameworkAgreement agreement = agreement(id);
    Optional<FrameworkAgreement> other = byReference(terms.reference());
    if (other.isPresent() && !other.get().id().equals(id)) {
      throw DomainException.conflict(
          "duplicate-reference",
          "un accord-cadre de référence " + terms.reference() + " existe déjà");
    }
    agreement.revise(terms);
    return agreement;
  }

  public FrameworkAgreement terminate(long id, LocalDate on) {
    FrameworkAgreement agreement = agreement(id);
    agreement.terminate(on);
    return agreement;
  }

  public FrameworkAgreement agreement(long id) {
    return Optional.ofNullable(em.find(FrameworkAgreement.class, id))
        .orElseThrow(() -> DomainException.notFound("accord-cadre", id));
  }

  public Optional<FrameworkAgreement> byReference(String reference) {
    return em.createNamedQuery("Agreement.byReference", FrameworkAgreement.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  public List<FrameworkAgreement> all() {
    return em.createNamedQuery("Agreement.all", FrameworkAgreement.class).getResultList();
  }

  public Lot addLot(long agreementId, int number, LotDefinition definition) {
    FrameworkAgreement agreement = agreement(agreementId);
    if (agreement.lots().stream().anyMatch(l -> l.number() == number)) {
      throw DomainException.conflict(
          "duplicate-lot", "l'accord-cadre " + agreement.reference() + " a déjà un lot " + number);
    }
    Lot.checkNumber(number, new Violations()).throwIfAny();
    Lot lot = new Lot(agreement, number);
    define(lot, definition);
    em.persist(lot);
    return lot;
  }

  public Lot reviseLot(long lotId, LotDefinition definition) {
    Lot lot = lot(lotId);
    define(lot, definition);
    return lot;
  }

  private void define(Lot lot, LotDefinition d) {
    List<Operator> holders = new ArrayList<>();
    for (Long holderId : d.holderIds()) {
      Operator operator = directory.operator(holderId);
      operator.checkMayHold("holderIds", new Violations()).throwIfAny();
      holders.add(operator);
    }
    lot.define(d.label(), d.allocationRule(), holders, d.limits());
  }

  public Lot lot(long id) {
    return Optional.ofNullable(em.find(Lot.class, id))
        .orElseThrow(() -> DomainException.notFound("lot", id));
  }

  /**
   * The lot's holders by rank. Issuing reads them for every voucher: the ranks come from one plain
   * statement, and the operators by identifier, which a batch of issues finds already loaded (a
   * JPQL query returning the rank beside the operator is prepared again at every call, and loading
   * the lot's collection costs two queries). Like the price lines below, read without flushing
   * first: issuing, which reads them, writes neither.
   */
  public List<Holder> holdersOf(long lotId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT operator_id, holder_rank FROM lot_holder WHERE lot_id = ?1"
                    + " ORDER BY holder_rank")
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter(1, lotId)
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(
            row ->
                new Holder(
                    em.find(Operator.class, ((Number) row[0]).longValue()),
                    ((Number) row[1]).intValue()))
        .toList();
  }

  /** The lot's active price lines with these codes, by code: only what an order names. */
  public Map<String, PriceLine> activePriceLines(long lotId, Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery("PriceLine.activeByCodes", PriceLine.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("lot", lotId)
        .setParameter("codes", codes)
        .getResultStream()
        .collect(Collectors.toMap(PriceLine::code, p -> p));
  }

  public Lot deactivateLot(long id) {
    Lot lot = lot(id);
    lot.deactivate();
    return lot;
  }

  public PriceLine addPriceLine(long lotId, PriceLine.Details details) {
    details.check(new Violations()).throwIfAny();
    PriceLine line = lot(lotId).addPriceLine(details);
    em.persist(line);
    return line;
  }

  public PriceLine revisePriceLine(long id, PriceLine.Details details) {
    details.check(new Violations()).throwIfAny();
    PriceLine line = priceLine(id);
    if (!line.code().equals(details.code()) && line.lot().priceLine(details.code()).isPresent()) {
      throw DomainException.conflict(
          "duplicate-price-code", "le lot a déjà une ligne de prix " + details.code());
    }
    line.revise(details);
    return line;
  }

  public PriceLine priceLine(long id) {
    return Optional.ofNullable(em.find(PriceLine.class, id))
        .orElseThrow(() -> DomainException.notFound("ligne de prix", id));
  }

  public PriceLine deactivatePriceLine(long id) {
    PriceLine line = priceLine(id);
    line.deactivate();
    return line;
  }

  /** What defines a lot besides its number. */
  public record LotDefinition(
      String label, AllocationRule allocationRule, List<Long> holderIds, List<Limit> limits) {}
}
