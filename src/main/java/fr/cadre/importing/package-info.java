/**
 * Importing a scheme (consortium, members, operators, agreement, lots, limits, price schedule,
 * sites) from the spreadsheets buyers already keep, as a restartable Jakarta Batch job: every row
 * is validated before anything is written, and writing is an upsert by natural key.
 */
package fr.cadre.importing;
