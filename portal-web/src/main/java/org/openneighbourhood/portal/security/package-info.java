/**
 * How users prove who they are (OpenID Connect with Keycloak), who the signed-in user is, and the
 * response headers that keep pages safe in the browser.
 */
package org.openneighbourhood.portal.security;
