package org.openneighbourhood.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openneighbourhood.portal.api.Contact;
import org.openneighbourhood.portal.api.CostOption;
import org.openneighbourhood.portal.api.Phone;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServiceMatch;

/** How the directory's figures read on a page, in plain words. */
@Named
@ApplicationScoped
public class DirectoryWords {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** "May have stopped: not confirmed since 23 March 2026". */
  public String stale(Instant lastConfirmed) {
    return lastConfirmed == null
        ? "May have stopped: never confirmed"
        : "May have stopped: not confirmed since " + DAY.format(lastConfirmed.atZone(LONDON));
  }

  /** "Confirmed 23 March 2026". */
  public String confirmed(Instant lastConfirmed) {
    return lastConfirmed == null ? "" : "Confirmed " + DAY.format(lastConfirmed.atZone(LONDON));
  }

  /** "0.4 km away", "12 km away". */
  public String distance(Double km) {
    if (km == null) {
      return "";
    }
    return (km < 10 ? String.format(Locale.UK, "%.1f", km) : Long.toString(Math.round(km)))
        + " km away";
  }

  public String capacity(ServiceMatch service) {
    return switch (service.capacity()) {
      case "ACCEPTING" -> "Accepting";
      case "WAITLIST" -> "Waiting list";
      case "PAUSED" ->
          service.reopensOn() == null ? "Paused" : "Paused until " + day(service.reopensOn());
      default -> service.capacity();
    };
  }

  /** How people get in: referral, self-referral, both, or signpost only. */
  public String routes(boolean referrals, boolean selfReferrals) {
    if (referrals && selfReferrals) {
      return "Referral or self-referral";
    }
    if (referrals) {
      return "Referral by a professional";
    }
    if (selfReferrals) {
      return "People refer themselves";
    }
    return "Signpost only: people contact the service themselves";
  }

  public String typicalResponse(ServiceMatch service) {
    Double days = service.typicalResponseDays();
    if (days == null) {
      return "Not enough referrals yet to say";
    }
    long rounded = Math.max(1, Math.round(days));
    return "Usually about " + rounded + (rounded == 1 ? " working day" : " working days");
  }

  public String acceptanceRate(ServiceMatch service) {
    Integer rate = service.acceptanceRatePercent();
    return rate == null ? "Not enough referrals yet to say" : rate + "% of referrals";
  }

  public String ages(Integer youngest, Integer oldest) {
    if (youngest == null && oldest == null) {
      return "Any age";
    }
    if (oldest == null) {
      return youngest + " and over";
    }
    if (youngest == null) {
      return "Up to " + oldest;
    }
    return youngest + " to " + oldest;
  }

  /**
   * A cost option in plain English: "Free", "£5 per session", "Under 18s: £2.50", "Adults: ask",
   * with the days the price holds ("from 1 April 2026 until 31 March 2027").
   */
  public String cost(CostOption cost) {
    String price;
    if (cost.amount() == null) {
      price = cost.amountDescription() == null ? "ask the service" : cost.amountDescription();
    } else if (cost.amount().signum() == 0) {
      price = "Free";
    } else {
      price =
          "£"
              + CostRow.money(cost.amount())
              + (cost.amountDescription() == null ? "" : " " + cost.amountDescription());
    }
    String words = cost.option() == null ? capitalised(price) : cost.option() + ": " + price;
    if (cost.validFrom() != null) {
      words += ", from " + day(cost.validFrom());
    }
    if (cost.validTo() != null) {
      words += (cost.validFrom() == null ? ", " : " ") + "until " + day(cost.validTo());
    }
    return words;
  }

  /** What a service costs overall: its prices, else its words, else that it does not say. */
  public List<String> costs(Service service) {
    List<String> words = new ArrayList<>();
    if (service.costOptions() != null) {
      service.costOptions().forEach(cost -> words.add(cost(cost)));
    }
    if (service.fees() != null && !service.fees().isBlank()) {
      words.add(service.fees());
    }
    return words;
  }

  /** "0115 496 0000, extension 204 (text messages only): weekdays". */
  public String phone(Phone phone) {
    StringBuilder words = new StringBuilder(phone.number());
    if (phone.extension() != null) {
      words.append(", extension ").append(phone.extension());
    }
    if (phone.type() != null) {
      words.append(" (").append(phoneType(phone.type())).append(')');
    }
    if (phone.description() != null) {
      words.append(": ").append(phone.description());
    }
    return words.toString();
  }

  /** Who a contact is: "Reception, Front desk (Ann Persona)". */
  public String contact(Contact contact) {
    List<String> parts = new ArrayList<>();
    if (contact.title() != null) {
      parts.add(contact.title());
    }
    if (contact.department() != null) {
      parts.add(contact.department());
    }
    String who = String.join(", ", parts);
    if (contact.name() != null) {
      who = who.isEmpty() ? contact.name() : who + " (" + contact.name() + ")";
    }
    return who;
  }

  static String phoneType(String type) {
    return switch (type) {
      case "VOICE" -> "calls";
      case "CELL" -> "mobile: calls and texts";
      case "TEXT" -> "text messages only";
      case "TEXTPHONE" -> "textphone";
      case "VIDEO" -> "video calls";
      case "FAX" -> "fax";
      default -> type.toLowerCase(Locale.UK);
    };
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String day(LocalDate day) {
    return DAY.format(day);
  }
}
