package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** What an organisation's admin says about one of its services (PUT /services/{id}). */
public record ServiceEntry(
    String name,
    String description,
    List<UUID> categoryIds,
    Integer minAge,
    Integer maxAge,
    String eligibility,
    String area,
    String fees,
    String url,
    String email,
    String phone,
    Integer responseDays,
    boolean acceptsReferrals,
    boolean acceptsSelfReferral)
    implements Serializable {}
