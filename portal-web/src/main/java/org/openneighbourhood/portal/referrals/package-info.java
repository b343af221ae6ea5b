/**
 * Referring a person to a community service and following what happened, in plain words for
 * professionals and for the person.
 */
package org.openneighbourhood.portal.referrals;
