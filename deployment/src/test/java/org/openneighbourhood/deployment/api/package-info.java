/**
 * Black-box tests of the REST API against the running stack with real Keycloak tokens: who may do
 * what, that bad input is refused clearly with nothing stored, and what every answer's headers say.
 */
package org.openneighbourhood.deployment.api;
