/** The receiving organisation's side of referrals: the inbox and the accept or decline decision. */
package org.openneighbourhood.portal.inbox;
