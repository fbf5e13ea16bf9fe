/**
 * The documents Cadre produces: the purchase-order voucher as an archivable PDF/A, frozen at issue
 * (its content is snapshotted then, in RFC 8785 canonical JSON, and digested so that anyone can
 * check a copy), downloadable alone or by the thousand.
 */
package fr.cadre.documents;
