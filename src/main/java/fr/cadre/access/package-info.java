/**
 * Who may do what: Cadre's users (each of one member, one operator, or the whole consortium), their
 * roles, how a request proves who sends it (form login for the pages, bearer tokens and HTTP Basic
 * for the API, in one authentication mechanism), the {@link fr.cadre.access.control.Caller} every
 * query is scoped by, and the append-only audit log.
 */
package fr.cadre.access;
