/**
 * Runs inside Keycloak (a provider in its {@code providers} directory): someone who sets their
 * password from an invitation e-mail ends signed in to the application that invited them.
 */
package org.openneighbourhood.identity.invitation;
