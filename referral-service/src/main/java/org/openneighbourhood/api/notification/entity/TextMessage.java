package org.openneighbourhood.api.notification.entity;

/**
 * Every text the portal sends, word for word. A text may be read over someone's shoulder or on a
 * locked phone's screen, so it says only that there is something to look at, and links to the
 * portal, where access is decided: no name of a person, service or organisation, no reason, no
 * status, nothing typed by anyone.
 */
public enum TextMessage {
  NEW_REFERRAL("there is a new referral for your organisation. Sign in to see it"),
  REFERRAL_NEWS("there is news about a referral. Sign in to see it"),
  NEW_MESSAGE("you have a new message about a referral. Sign in to read it"),
  ANSWER_DUE("a referral is waiting for an answer. Sign in to see it"),
  REVIEW_DUE("a plan review is coming up. Sign in to see it");

  /** Who the text is from, first, so it is not mistaken for anyone else's. */
  public static final String FROM = "Neighbourhood portal: ";

  private final String news;

  TextMessage(String news) {
    this.news = news;
  }

  /** The text, ending with the portal's link. */
  public String words(String link) {
    return FROM + news + ": " + link;
  }
}
