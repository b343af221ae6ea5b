/**
 * Reports for commissioners and for an organisation's funders: demand, capacity, response, equity
 * and outcomes of referrals as counts, with small numbers suppressed so that nobody can be picked
 * out. Nothing depends on it.
 */
package org.openneighbourhood.api.reporting;
