/**
 * The shared words of identity: the realm roles and the sectors an organisation can belong to. Kept
 * in step with the realm file and with referral-service's own enums.
 */
package org.openneighbourhood.identity.vocabulary;
