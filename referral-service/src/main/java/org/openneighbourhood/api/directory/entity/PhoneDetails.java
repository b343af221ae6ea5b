package org.openneighbourhood.api.directory.entity;

/** What an organisation says about one phone number (checked by the entry that carries it). */
public record PhoneDetails(String number, String extension, PhoneType type, String description) {}
