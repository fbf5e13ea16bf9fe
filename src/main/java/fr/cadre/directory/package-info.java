/**
 * Who takes part: the consortium (groupement de commandes) and its members, the buyers that order
 * and pay their share, and the operators (titulaires) that lots are awarded to.
 */
package fr.cadre.directory;
