package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The body of POST /referrals/{id}/send: the person agreed to share. */
public record DraftSending(boolean consentToShare) implements Serializable {}
