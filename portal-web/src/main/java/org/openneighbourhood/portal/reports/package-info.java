/**
 * The commissioner's report: demand, capacity, response and outcomes of referrals as tables, bar
 * charts drawn on the server and CSV downloads, with the API's suppression of small counts.
 */
package org.openneighbourhood.portal.reports;
