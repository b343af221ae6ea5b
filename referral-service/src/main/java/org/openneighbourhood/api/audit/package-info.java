/**
 * The audit log: every read and write of person-identifiable data, and every refusal, as an
 * append-only row written in the same transaction as the data it is about.
 */
package org.openneighbourhood.api.audit;
