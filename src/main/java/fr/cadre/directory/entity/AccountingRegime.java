package fr.cadre.directory.entity;

/** Whether a member follows public accounting (separate authorising officer and accountant). */
public enum AccountingRegime {
  PUBLIC,
  COMMERCIAL
}
