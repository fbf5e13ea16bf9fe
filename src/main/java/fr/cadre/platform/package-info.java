/**
 * What the business components stand on: the datasource and its migrations, configuration with
 * legal defaults, the REST application, problem details for errors and the current user.
 */
package fr.cadre.platform;
