/**
 * The operator's commands, run outside the server against the same database ({@code ./directory} at
 * the repository root): importing postcode positions and Open Referral UK feeds.
 */
package org.openneighbourhood.api.command;
