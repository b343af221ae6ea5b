/** Referrals from one partner to another's service, their lifecycle and timeline. */
package org.openneighbourhood.api.referral;
