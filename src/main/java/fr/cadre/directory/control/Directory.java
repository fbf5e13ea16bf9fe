package fr.cadre.directory.control;

import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Siret;
import fr.cadre.kernel.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Keeps the directory: consortia with their members, and operators. */
@ApplicationScoped
@Transactional
public class Directory {

  @PersistenceContext EntityManager em;

  /** The name is required: the REST input's constraint and the import's row check say so. */
  public Consortium createConsortium(String name, String reference, LocalDate date) {
    Consortium consortium = new Consortium(name, reference, date);
    em.persist(consortium);
    return consortium;
  }

  public Consortium reviseConsortium(
      long id, String name, String reference, LocalDate date, Long coordinatorId) {
    Consortium consortium = consortium(id);
    consortium.revise(name, reference, date);
    if (coordinatorId != null) {
      appointCoordinator(consortium, coordinatorId);
    }
    return consortium;
  }

  public void appointCoordinator(Consortium consortium, long memberId) {
    Member member = member(memberId);
    if (!member.consortium().id().equals(consortium.id())) {
      throw DomainException.invalid(
          "coordinatorId",
          "L2113-7",
          "le coordonnateur est choisi parmi les membres du groupement");
    }
    consortium.appointCoordinator(member);
  }

  public Consortium consortium(long id) {
    return Optional.ofNullable(em.find(Consortium.class, id))
        .orElseThrow(() -> DomainException.notFound("groupement", id));
  }

  public List<Consortium> consortia() {
    return em.createNamedQuery("Consortium.all", Consortium.class).getResultList();
  }

  public Optional<Consortium> consortiumNamed(String name) {
    return em.createNamedQuery("Consortium.byName", Consortium.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public Member addMember(long consortiumId, MemberDetails details) {
    details.check(new Violations()).throwIfAny();
    Consortium consortium = consortium(consortiumId);
    if (memberBySiret(consortiumId, details.siret()).isPresent()) {
      throw DomainException.conflict(
          "duplicate-siret", "le groupement a déjà un membre de SIRET " + details.siret());
    }
    Member member = new Member(consortium, details);
    em.persist(member);
    return member;
  }

  public Member reviseMember(long id, MemberDetails details) {
    details.check(new Violations()).throwIfAny();
    Member member = member(id);
    Optional<Member> other = memberBySiret(member.consortium().id(), details.siret());
    if (other.isPresent() && !other.get().id().equals(member.id())) {
      throw DomainException.conflict(
          "duplicate-siret", "le groupement a déjà un membre de SIRET " + details.siret());
    }
    member.revise(details);
    return member;
  }

  public Member member(long id) {
    return Optional.ofNullable(em.find(Member.class, id))
        .orElseThrow(() -> DomainException.notFound("membre", id));
  }

  public Optional<Member> memberBySiret(long consortiumId, String siret) {
    if (!Siret.isValid(siret)) {
      return Optional.empty(); // no member can have it
    }
    return em.createNamedQuery("Member.bySiret", Member.class)
        .setParameter("consortium", consortiumId)
        .setParameter("siret", new Siret(siret))
        .getResultStream()
        .findFirst();
  }

  public List<Member> members(long consortiumId) {
    consortium(consortiumId);
    return em.createNamedQuery("Member.byConsortium", Member.class)
        .setParameter("consortium", consortiumId)
        .getResultList();
  }

  public Member deactivateMember(long id) {
    Member member = member(id);
    member.deactivate();
    return member;
  }

  public Operator createOperator(Operator.Details details) {
    details.check(new Violations()).throwIfAny();
    if (operatorBySiret(details.siret()).isPresent()) {
      throw DomainException.conflict(
          "duplicate-siret", "un titulaire de SIRET " + details.siret() + " existe déjà");
    }
    Operator operator = new Operator(details);
    em.persist(operator);
    return operator;
  }

  public Operator reviseOperator(long id, Operator.Details details) {
    details.check(new Violations()).throwIfAny();
    Operator operator = operator(id);
    Optional<Operator> other = operatorBySiret(details.siret());
    if (other.isPresent() && !other.get().id().equals(operator.id())) {
      throw DomainException.conflict(
          "duplicate-siret", "un titulaire de SIRET " + details.siret() + " existe déjà");
    }
    operator.revise(details);
    return operator;
  }

  public Operator operator(long id) {
    return Optional.ofNullable(em.find(Operator.class, id))
        .orElseThrow(() -> DomainException.notFound("titulaire", id));
  }

  public Optional<Operator> operatorBySiret(String siret) {
    if (!Siret.isValid(siret)) {
      return Optional.empty(); // no operator can have it
    }
    return em.createNamedQuery("Operator.bySiret", Operator.class)
        .setParameter("siret", new Siret(siret))
        .getResultStream()
        .findFirst();
  }

  public List<Operator> operators() {
    return em.createNamedQuery("Operator.all", Operator.class).getResultList();
  }

  public Operator deactivateOperator(long id) {
    Operator operator = operator(id);
    operator.deactivate();
    return operator;
  }
}
