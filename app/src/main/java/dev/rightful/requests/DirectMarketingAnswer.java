package dev.rightful.requests;

import dev.rightful.datamap.CategoryUse;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DirectMarketing;
import dev.rightful.datamap.Names;
import dev.rightful.datamap.Recipient;
import dev.rightful.law.Category;
import dev.rightful.law.ShineTheLight;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The answer to a Shine the Light request, written from the data map: the categories of personal
 * information disclosed to third parties for their own direct marketing during the preceding
 * calendar year, and those third parties' names and addresses (CC 1798.83(a); rule 46). It
 * describes the business's practice, the same for every customer, so it reveals nothing about the
 * requester. Immutable and thread-safe.
 */
public final class DirectMarketingAnswer {
  private final DataMap map;

  public DirectMarketingAnswer(DataMap map) {
    this.map = map;
  }

  /** The recipients the answer to a request received on {@code received} names. */
  public List<Recipient> recipients(LocalDate received) {
    return DirectMarketing.recipients(map, ShineTheLight.coveredYear(received));
  }

  /** The answer in the consumer's words, for a request received on {@code received}. */
  public String text(LocalDate received) {
    Year year = ShineTheLight.coveredYear(received);
    List<Recipient> recipients = recipients(received);
    StringBuilder out = new StringBuilder();
    if (recipients.isEmpty()) {
      out.append("In ")
          .append(year)
          .append(" we did not disclose personal information to third parties for their own")
          .append(" direct marketing purposes, so there are no categories of information or")
          .append(" third parties to list.");
    } else {
      Set<Category> categories = EnumSet.noneOf(Category.class);
      recipients.forEach(r -> categories.addAll(r.categories()));
      out.append("In ")
          .append(year)
          .append(" we disclosed these categories of personal information to third parties for")
          .append(" their own direct marketing purposes:\n");
      for (Category category : categories) {
        out.append("- ").append(describe(category)).append('\n');
      }
      out.append("\nThese third parties received it:\n");
      for (Recipient recipient : recipients) {
        out.append("- ")
            .append(recipient.name().strip())
            .append(", ")
            .append(recipient.postalAddress().strip())
            .append(" (")
            .append(Names.clause(recipient.description()))
            .append(")\n");
      }
    }
    out.append("\nYou may ask for this information once each calendar year; you can ask again")
        .append(" from ")
        .append(askAgain(received))
        .append('.');
    return out.toString().strip();
  }

  /**
   * The refusal of a second request in the calendar year of one already answered (CC 1798.83(b)),
   * for a request received on {@code received}.
   */
  public String refusal(LocalDate received) {
    return "We answer one such request from each customer in a calendar year. You may ask again"
        + " from "
        + askAgain(received)
        + ".";
  }

  /** "January 1, 2027": the first day the consumer may ask again. */
  private static String askAgain(LocalDate received) {
    return "January 1, " + ShineTheLight.nextYearStarts(received).getYear();
  }

  /** The category in plain words, with what the company collects in it where the map says. */
  private String describe(Category category) {
    CategoryUse use = map.category(category);
    String what = use.specifics() != null ? use.specifics() : category.examples();
    return plainName(category) + ": " + what.strip().replaceAll("\\s+", " ");
  }

  private static String plainName(Category category) {
    return switch (category) {
      case A -> "Identifiers";
      case B -> "Customer records information";
      case C -> "Characteristics protected by law";
      case D -> "Commercial information";
      case E -> "Biometric information";
      case F -> "Internet and network activity";
      case G -> "Location";
      case H -> "Audio, visual and similar information";
      case I -> "Professional or employment information";
      case J -> "Education information";
      case K -> "Inferences";
      case L -> "Sensitive personal information";
    };
  }
}
