/**
 * The framework agreement (accord-cadre à bons de commande) with its periods, lots, limits, price
 * schedule and the sites where services are delivered; the legal rules on duration (L2125-1) and on
 * minimum and maximum (R2162-4) live here.
 */
package fr.cadre.agreement;
