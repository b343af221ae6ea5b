/**
 * Services saying what they can take on: accepting, a waiting list, or paused until a day; the most
 * open referrals; and whether people may refer themselves.
 */
package org.openneighbourhood.portal.capacity;
