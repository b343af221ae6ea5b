/**
 * The one-command local stack: embedded PostgreSQL, the real Keycloak server with the realm and
 * demo neighbourhood, and Payara Micro with both wars. The end-to-end tests start the same stack.
 */
package org.openneighbourhood.deployment.local;
