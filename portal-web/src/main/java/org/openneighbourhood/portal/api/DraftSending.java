package org.openneighbourhood.portal.api;

/** The body of POST /referrals/{id}/send: the person agreed to share. */
public record DraftSending(boolean consentToShare) {}
