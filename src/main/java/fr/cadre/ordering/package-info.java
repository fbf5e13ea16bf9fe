/**
 * Purchase-order vouchers (bons de commande): who may order what (R2162-6), when (R2162-5), within
 * which limits (R2162-4); their gapless numbering, lifecycle and append-only history.
 */
package fr.cadre.ordering;
