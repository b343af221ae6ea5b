package org.openneighbourhood.api.directory.entity;

/** What a service has declared it can take on; VCFSE capacity is finite, never assumed. */
public enum Capacity {
  ACCEPTING,
  WAITLIST,
  PAUSED
}
