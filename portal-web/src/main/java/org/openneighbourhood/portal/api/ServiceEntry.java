package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What an organisation's admin says about one of its services (POST /services, PUT /services/{id}),
 * with its phones, contacts, cost options and the languages it is given in.
 */
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
    List<Phone> phones,
    List<Contact> contacts,
    List<CostOption> costOptions,
    List<String> languages,
    Integer responseDays,
    boolean acceptsReferrals,
    boolean acceptsSelfReferral)
    implements Serializable {}
