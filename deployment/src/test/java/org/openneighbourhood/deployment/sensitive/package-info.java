/**
 * Sensitive fields end to end: canary values seeded into a person's safeguarding notes and
 * restricted address at the start of the run, checked in every answer, page and server log line.
 */
package org.openneighbourhood.deployment.sensitive;
