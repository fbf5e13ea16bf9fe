package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.Operator;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An operator awarded a lot, with its rank for a cascade allocation (1 = first). */
@Embeddable
public class Holder {

  @ManyToOne(optional = false)
  @JoinColumn(name = "operator_id")
  private Operator operator;

  @Column(name = "holder_rank", nullable = false)
  private int rank;

  protected Holder() {}

  public Holder(Operator operator, int rank) {
    this.operator = operator;
    this.rank = rank;
  }

  /** Whether this holder is that operator. */
  public boolean is(Operator other) {
    return operator.is(other);
  }

  public Operator operator() {
    return operator;
  }

  public int rank() {
    return rank;
  }
}
