package org.openneighbourhood.portal.api;

import java.util.UUID;

public record NewReferral(
    UUID personId, UUID serviceId, String reason, String urgency, boolean consentToShare) {}
