/**
 * What the business components stand on: the datasource and its migrations, configuration (the
 * settings file as a config source, the launcher that hands Payara its address and port), readiness
 * for {@code /health/ready}, the REST application, problem details for errors and the current user.
 */
package fr.cadre.platform;
