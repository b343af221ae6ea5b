/**
 * The benchmark ({@code ./benchmark}): referral submissions with many link workers at once, and the
 * lists people work from as a region's referrals grow, against the real stack. Not a test: it
 * reports figures and never passes or fails on time.
 */
package org.openneighbourhood.deployment.benchmark;
