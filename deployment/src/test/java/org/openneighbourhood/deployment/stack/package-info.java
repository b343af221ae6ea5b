/**
 * The running stack for end-to-end tests: started once per test run, with real Keycloak tokens and
 * a black-box API client.
 */
package org.openneighbourhood.deployment.stack;
