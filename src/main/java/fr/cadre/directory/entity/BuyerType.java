package fr.cadre.directory.entity;

/**
 * The two kinds of buyer of the public procurement code; they differ on the maximum duration of a
 * framework agreement (L2125-1).
 */
public enum BuyerType {
  /** Pouvoir adjudicateur: the State, local authorities, public landlords. */
  POUVOIR_ADJUDICATEUR,
  /** Entité adjudicatrice: network operators (water, energy, transport). */
  ENTITE_ADJUDICATRICE
}
