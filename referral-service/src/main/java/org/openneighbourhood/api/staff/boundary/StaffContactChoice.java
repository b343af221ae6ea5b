package org.openneighbourhood.api.staff.boundary;

/**
 * Whether a staff member wants texts, to a UK mobile number (07... or +447...): of what they sent,
 * and of new referrals, messages and reminders for the organisation they act for, besides its
 * e-mail. {@code mobile} is answered as they would write it (07700 900982); {@code textsOffered} is
 * answered only, and false when this portal sends no texts (choosing them is then refused).
 */
public record StaffContactChoice(String mobile, Boolean textUpdates, Boolean textsOffered) {}
