package org.openneighbourhood.portal.api;

/** reason is NO_CAPACITY, NOT_ELIGIBLE, PERSON_DECLINED, COULD_NOT_CONTACT or OTHER. */
public record Decline(String reason, String note) {}
