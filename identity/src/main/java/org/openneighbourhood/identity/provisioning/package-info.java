/**
 * Onboards organisations and their people into the realm from a file, with keycloak-admin-client.
 * Runs outside the wars: the command line, the local run and the tests.
 */
package org.openneighbourhood.identity.provisioning;
