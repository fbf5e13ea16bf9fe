/**
 * The documents Cadre produces: the purchase-order voucher as an archivable PDF/A, frozen at issue
 * (its content is snapshotted and digested then), downloadable alone or by the thousand.
 */
package fr.cadre.documents;
