package fr.cadre.importing.control;

import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Agreements.LotDefinition;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Limit;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.importing.control.SchemeItem.AgreementItem;
import fr.cadre.importing.control.SchemeItem.ConsortiumItem;
import fr.cadre.importing.control.SchemeItem.CoordinatorItem;
import fr.cadre.importing.control.SchemeItem.LimitItem;
import fr.cadre.importing.control.SchemeItem.LotItem;
import fr.cadre.importing.control.SchemeItem.MemberItem;
import fr.cadre.importing.control.SchemeItem.OperatorItem;
import fr.cadre.importing.control.SchemeItem.PriceItem;
import fr.cadre.importing.control.SchemeItem.SiteItem;
import fr.cadre.importing.control.SchemeItem.SiteLotItem;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Writes one validated item through the domain's own controls, as an upsert by natural key (SIRET,
 * agreement reference, lot number, price code, site code, site and lot): a new key creates, a known
 * key revises, and a row equal to what is stored changes nothing. Running it twice, or again after
 * a crash, gives the same data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SchemeWriter {

  /** What writing an item did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject Agreements agreements;
  @Inject Sites sites;
  @Inject AgreementSettings settings;

  public Outcome write(SchemeItem item) {
    // Java 17 has no pattern switch: the sealed interface keeps this list complete.
    if (item instanceof ConsortiumItem c) {
      return consortium(c);
    } else if (item instanceof MemberItem m) {
      return member(m);
    } else if (item instanceof CoordinatorItem c) {
      return coordinator(c);
    } else if (item instanceof OperatorItem o) {
      return operator(o);
    } else if (item instanceof AgreementItem a) {
      return agreement(a);
    } else if (item instanceof LotItem l) {
      return lot(l);
    } else if (item instanceof PriceItem p) {
      return price(p);
    } else if (item instanceof SiteItem s) {
      return site(s);
    } else if (item instanceof SiteLotItem s) {
      return siteLot(s);
    }
    throw new IllegalArgumentException("unknown item " + item);
  }

  private Outcome consortium(ConsortiumItem c) {
    var existing = directory.consortiumNamed(c.name());
    if (existing.isEmpty()) {
      directory.createConsortium(c.name(), c.constitutiveRef(), c.constitutiveDate());
      return Outcome.CREATED;
    }
    Consortium consortium = existing.get();
    return revised(
        consortium::version,
        () ->
            directory.reviseConsortium(
                consortium.id(), c.name(), c.constitutiveRef(), c.constitutiveDate(), null));
  }

  private Outcome member(MemberItem m) {
    Consortium consortium = consortium(m.consortium());
    var existing = directory.memberBySiret(consortium.id(), m.details().siret());
    if (existing.isEmpty()) {
      directory.addMember(consortium.id(), m.details());
      return Outcome.CREATED;
    }
    Member member = existing.get();
    return revised(member::version, () -> directory.reviseMember(member.id(), m.details()));
  }

  private Outcome coordinator(CoordinatorItem c) {
    Consortium consortium = consortium(c.consortium());
    Member member = member(consortium, c.memberSiret());
    if (member.id().equals(consortium.coordinatorId())) {
      return Outcome.UNCHANGED;
    }
    directory.appointCoordinator(consortium, member.id());
    return Outcome.UPDATED;
  }

  private Outcome operator(OperatorItem o) {
    var existing = directory.operatorBySiret(o.details().siret());
    if (existing.isEmpty()) {
      directory.createOperator(o.details());
      return Outcome.CREATED;
    }
    Operator operator = existing.get();
    return revised(operator::version, () -> directory.reviseOperator(operator.id(), o.details()));
  }

  private Outcome agreement(AgreementItem a) {
    var existing = agreements.byReference(a.terms().reference());
    if (existing.isEmpty()) {
      agreements.create(consortium(a.consortium()).id(), a.terms());
      return Outcome.CREATED;
    }
    FrameworkAgreement agreement = existing.get();
    return revised(agreement::version, () -> agreements.revise(agreement.id(), a.terms()));
  }

  private Outcome lot(LotItem l) {
    FrameworkAgreement agreement = agreement(l.agreement());
    List<Long> holders = l.holderSirets().stream().map(s -> operator(s).id()).toList();
    List<Limit> limits =
        l.limits().stream()
            .map(x -> new Limit(x.periodIndex(), Money.of(x.minimum()), Money.of(x.maximum())))
            .toList();
    LotDefinition definition = new LotDefinition(l.label(), l.rule(), holders, limits);
    var existing = agreement.lots().stream().filter(x -> x.number() == l.number()).findFirst();
    if (existing.isEmpty()) {
      agreements.addLot(agreement.id(), l.number(), definition);
      return Outcome.CREATED;
    }
    Lot lot = existing.get();
    if (sameLot(lot, l, holders)) {
      return Outcome.UNCHANGED;
    }
    agreements.reviseLot(lot.id(), definition);
    return Outcome.UPDATED;
  }

  /** Compared field by field: rewriting holders and limits would touch rows even when equal. */
  private static boolean sameLot(Lot lot, LotItem l, List<Long> holders) {
    List<Long> current = lot.holders().stream().map(h -> h.operator().id()).toList();
    if (!lot.label().equals(l.label())
        || lot.allocationRule() != l.rule()
        || !current.equals(holders)) {
      return false;
    }
    for (LimitItem limit : l.limits()) {
      LotPeriod period =
          lot.periods().stream()
              .filter(p -> p.periodIndex() == limit.periodIndex())
              .findFirst()
              .orElse(null);
      if (period == null
          || !Objects.equals(period.minimum(), Money.of(limit.minimum()))
          || !Objects.equals(period.maximum(), Money.of(limit.maximum()))) {
        return false;
      }
    }
    return true;
  }

  private Outcome price(PriceItem p) {
    Lot lot = lot(p.agreement(), p.lot());
    PriceLine.Details details =
        new PriceLine.Details(p.code(), p.label(), p.unit(), p.unitPrice(), p.vatRate());
    var existing = lot.priceLine(p.code());
    if (existing.isEmpty()) {
      agreements.addPriceLine(lot.id(), details);
      return Outcome.CREATED;
    }
    PriceLine line = existing.get();
    return revised(line::version, () -> agreements.revisePriceLine(line.id(), details));
  }

  private Outcome site(SiteItem s) {
    Consortium consortium = consortium(s.consortium());
    var existing = sites.byCode(s.code());
    Site.Placement placement =
        new Site.Placement(
            s.name(),
            s.address(),
            s.district(),
            member(consortium, s.memberSiret()),
            s.dwellings(),
            existing.map(Site::activeFrom).orElse(null),
            existing.map(Site::activeTo).orElse(null));
    if (existing.isEmpty()) {
      sites.create(s.code(), placement);
      return Outcome.CREATED;
    }
    Site site = existing.get();
    return revised(site::version, () -> sites.revise(site.id(), placement, Optional.empty()));
  }

  /** Upserted by site and lot: the same lot serving the same site again revises its terms. */
  private Outcome siteLot(SiteLotItem s) {
    Site site =
        sites.byCode(s.site()).orElseThrow(() -> DomainException.notFound("site", s.site()));
    Lot lot = lot(s.agreement(), s.lot());
    SiteAssignment.Terms terms =
        new SiteAssignment.Terms(
            lot,
            s.holderSiret() == null ? null : operator(s.holderSiret()),
            s.servedFrom(),
            s.servedTo());
    var existing = site.assignmentTo(lot);
    if (existing.isEmpty()) {
      sites.assign(site.id(), terms);
      return Outcome.CREATED;
    }
    SiteAssignment assignment = existing.get();
    return revised(assignment::version, () -> sites.assign(site.id(), terms));
  }

  /** Revises, writes, and tells whether the row really changed (its version moved). */
  private Outcome revised(LongSupplier version, Runnable revise) {
    long before = version.getAsLong();
    revise.run();
    em.flush();
    return version.getAsLong() == before ? Outcome.UNCHANGED : Outcome.UPDATED;
  }

  private Consortium consortium(String name) {
    return directory
        .consortiumNamed(name)
        .orElseThrow(() -> DomainException.notFound("groupement", name));
  }

  private Member member(Consortium consortium, String siret) {
    return directory
        .memberBySiret(consortium.id(), siret)
        .orElseThrow(() -> DomainException.notFound("membre", siret));
  }

  private Operator operator(String siret) {
    return directory
        .operatorBySiret(siret)
        .orElseThrow(() -> DomainException.notFound("opérateur", siret));
  }

  private FrameworkAgreement agreement(String reference) {
    return agreements
        .byReference(reference)
        .orElseThrow(() -> DomainException.notFound("accord-cadre", reference));
  }

  private Lot lot(String agreement, int number) {
    return agreement(agreement).lots().stream()
        .filter(l -> l.number() == number)
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("lot", number));
  }
}
