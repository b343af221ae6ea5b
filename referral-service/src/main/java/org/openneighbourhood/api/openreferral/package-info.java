/**
 * The directory in Open Referral UK (HSDS 3 UK profile) shape: the public read API and the import
 * of a feed. A view of the same services, never a store of its own.
 */
package org.openneighbourhood.api.openreferral;
