/**
 * The finance ledger: where each agreement, lot, period, member, site and holder stands against its
 * limits (committed, service done, invoiced, paid, remaining), read from running totals that every
 * voucher step moves in its own transaction, never from the vouchers; alerts, forecasts, charts'
 * time series, exports, budget envelopes and the ECB rates late interest is computed with.
 */
package fr.cadre.ledger;
