package org.openneighbourhood.deployment.stack;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo neighbourhood as the tests use it: the fixed ids of referral-service's demo rows ({@code
 * db/demo/afterMigrate__demo.sql}), and NHS numbers for people made fresh by a test.
 */
public final class Demo {

  public static final String RIVERSIDE_SURGERY = "00000000-0000-0000-0000-00000000a001";
  public static final String NORTHGATE_PCN = "00000000-0000-0000-0000-00000000a002";
  public static final String GREEN_MINDS = "00000000-0000-0000-0000-00000000a004";
  public static final String MONEY_MATTERS = "00000000-0000-0000-0000-00000000a005";

  /** Green Minds: accepting, takes self-referrals. */
  public static final String WALKING = "00000000-0000-0000-0000-00000000b001";

  /** Green Minds: a waiting list. */
  public static final String ALLOTMENT = "00000000-0000-0000-0000-00000000b002";

  /** Money Matters: accepting. */
  public static final String DEBT_ADVICE = "00000000-0000-0000-0000-00000000b003";

  /** Money Matters: paused. */
  public static final String BENEFITS_CHECK = "00000000-0000-0000-0000-00000000b004";

  /** Riverside Surgery (a GP practice): accepting. */
  public static final String WELLBEING_COACH = "00000000-0000-0000-0000-00000000b005";

  /** St Mark's Community Hub (listed only): signpost only, 1.8 km from Pat's postcode. */
  public static final String DEBT_DROP_IN = "00000000-0000-0000-0000-00000000b006";

  /** Northgate Credit Union (listed only): signpost only, 3.4 km from Pat's postcode. */
  public static final String CREDIT_UNION = "00000000-0000-0000-0000-00000000b007";

  private static final Map<String, String> SERVICE_NAMES =
      Map.of(
          WALKING, "Walking for wellbeing",
          ALLOTMENT, "Community allotment",
          DEBT_ADVICE, "Debt advice",
          BENEFITS_CHECK, "Benefits check",
          WELLBEING_COACH, "Health and wellbeing coach",
          DEBT_DROP_IN, "Debt advice drop-in",
          CREDIT_UNION, "Money and debt support");

  /** Whether the service is one of the demo's (other tests add services of their own). */
  public static boolean isDemoService(String id) {
    return SERVICE_NAMES.containsKey(id);
  }

  /** A demo service's name, as its entry gives it and a search finds it. */
  public static String nameOf(String serviceId) {
    String name = SERVICE_NAMES.get(serviceId);
    if (name == null) {
      throw new IllegalArgumentException(serviceId + " is not one of the demo's services");
    }
    return name;
  }

  /** Pat's postcode, in the demo's sample of the ONS Postcode Directory. */
  public static final String PAT_POSTCODE = "NG1 5AB";

  public static final String PAT = "00000000-0000-0000-0000-00000000c001";
  public static final String PETER = "00000000-0000-0000-0000-00000000c002";

  private Demo() {}

  /** A valid NHS number (Modulus 11) from the 999 range, which is never issued to anyone. */
  public static String freshNhsNumber() {
    while (true) {
      String nine = "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check != 10) {
        return nine + (check == 11 ? 0 : check);
      }
    }
  }
}
