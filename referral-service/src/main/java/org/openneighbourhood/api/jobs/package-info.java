/**
 * Scheduled work: expiring referrals past their deadline, reminders before it, sending e-mail from
 * the outbox, reopening paused services, refreshing services' record of answering and counting
 * changed referrals into the reports' kept counts. Every instance runs it; each item is claimed
 * with a row lock that other instances skip ({@code for update skip locked}), so each event is
 * handled exactly once however many instances run.
 */
package org.openneighbourhood.api.jobs;
