/**
 * Reports for commissioners and for an organisation's funders: demand, capacity, response, equity
 * and outcomes of referrals as counts, with small numbers suppressed so that nobody can be picked
 * out, from counts kept ahead of time. Nothing depends on it but the scheduler, which keeps those
 * counts up to date.
 */
package org.openneighbourhood.api.reporting;
