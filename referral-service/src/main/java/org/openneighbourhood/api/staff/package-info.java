/**
 * Organisations manage their own people: an organisation admin invites staff with the roles their
 * kind of organisation may give, sees who is active, and deactivates people who leave. The people
 * live in Keycloak; this slice decides who may do what and writes the audit rows.
 */
package org.openneighbourhood.api.staff;
