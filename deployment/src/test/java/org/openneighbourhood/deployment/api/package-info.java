/**
 * Black-box tests of the REST API against the running stack with real Keycloak tokens: who may do
 * what, and that bad input is refused clearly with nothing stored.
 */
package org.openneighbourhood.deployment.api;
