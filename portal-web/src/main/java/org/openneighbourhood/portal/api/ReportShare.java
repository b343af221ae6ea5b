package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** A share of the referrals as a whole percentage; none where a count it needs is hidden. */
public record ReportShare(String id, String label, Integer percent) implements Serializable {}
