/**
 * The benchmark ({@code ./benchmark}): referral submissions with many link workers at once, the
 * lists people work from as a region's referrals grow, a person's plan through the API and the
 * portal, and a mixed load at a fixed arrival rate, against the real stack, with the CPU of each
 * process and Payara's heap. Not a test: it reports figures against targets and never fails on
 * time.
 */
package org.openneighbourhood.deployment.benchmark;
