package org.openneighbourhood.portal.problem;

/**
 * How long the free text people write may be, told on the page before the API refuses it: the API's
 * own limit ({@code TextLimits} in referral-service), which its OpenAPI document publishes as
 * {@code maxLength} (ReferralApiIT checks the document and this agree).
 */
public final class TextLimits {

  public static final int LONG = 2000;

  private TextLimits() {}
}
