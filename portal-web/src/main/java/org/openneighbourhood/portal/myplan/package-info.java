/**
 * The person's own view: their plan in plain English and what is happening with their referrals.
 */
package org.openneighbourhood.portal.myplan;
