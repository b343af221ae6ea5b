/**
 * Crash tests against the running stack: PostgreSQL and Payara are killed with {@code kill -9} in
 * the middle of work, the stack's supervisor starts them again, and nothing acknowledged is lost.
 */
package org.openneighbourhood.deployment.durability;
