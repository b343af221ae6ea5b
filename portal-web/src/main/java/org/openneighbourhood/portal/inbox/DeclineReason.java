package org.openneighbourhood.portal.inbox;

/** The coded reasons a service may give for declining, in the order the form offers them. */
public enum DeclineReason {
  NO_CAPACITY,
  NOT_ELIGIBLE,
  PERSON_DECLINED,
  COULD_NOT_CONTACT,
  OTHER;

  public String getCode() {
    return name();
  }

  static boolean isCode(String value) {
    for (DeclineReason reason : values()) {
      if (reason.name().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
