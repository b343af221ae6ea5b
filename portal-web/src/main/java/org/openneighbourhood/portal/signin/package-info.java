/**
 * Signing in and out: the protected entry point, the landing after Keycloak, each role's home page
 * and RP-initiated logout.
 */
package org.openneighbourhood.portal.signin;
