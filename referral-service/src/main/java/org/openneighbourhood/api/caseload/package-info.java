/**
 * A staff member's caseload: the people their organisation supports (its care team and its open
 * referrals), each with what is waiting and on whom, what needs attention first.
 */
package org.openneighbourhood.api.caseload;
