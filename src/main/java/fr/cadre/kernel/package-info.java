/**
 * Value types every component speaks: money in euros with cents, VAT rates, SIRET numbers, date
 * ranges, and the domain exception that carries the legal rule a request broke.
 */
package fr.cadre.kernel;
