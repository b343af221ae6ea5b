/**
 * The FHIR R4 API at {@code /fhir} (UK Core 2.0.0): a read-only view of the referrals, people and
 * directory that already exist, decided by the same access policy and audited the same way.
 */
package org.openneighbourhood.api.fhir;
