/**
 * Keycloak as the API uses it at run time: the organisations a user belongs to (checked on every
 * request that acts for an organisation), and onboarding organisations and their staff. Calls
 * Keycloak's Admin REST API through a small typed MicroProfile REST Client with the API's own
 * service account, which holds only manage-users, view-users, query-users and manage-organizations.
 */
package org.openneighbourhood.api.identity;
