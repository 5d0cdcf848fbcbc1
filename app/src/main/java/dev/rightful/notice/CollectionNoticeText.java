package dev.rightful.notice;

import dev.rightful.law.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a notice at collection, written once for the page, the plain text, the oral script
 * and the cookie banner's first layer. Stateless and thread-safe.
 */
public final class CollectionNoticeText {
  public static final String TITLE = "Notice at collection";

  public static final String CATEGORIES_LEAD = "The personal information we collect here:";
  public static final String PURPOSES_LEAD = "What we use it for:";
  public static final String RETENTION_LEAD = "How long we keep it:";
  public static final String NOT_SOLD =
      "We do not sell or share the personal information we collect here.";

  private CollectionNoticeText() {}

  /** The opening sentence: who collects, at which point. */
  public static String lead(CollectionNotice notice) {
    return notice.business()
        + " collects personal information at this point ("
        + notice.title()
        + "). This notice tells you what, why, whether it is sold or shared and how long it is"
        + " kept, as California law requires before we collect it.";
  }

  /** A category as the page lists it: {@code Category A: Identifiers: a real name, …}. */
  public static String category(CollectionNotice.Collected category) {
    return "Category "
        + category.id()
        + ": "
        + category.name()
        + (category.specifics() == null ? "" : ". " + category.specifics());
  }

  /** Whether and which of it is sold or shared, with the right to opt out. */
  public static String soldOrShared(CollectionNotice notice) {
    if (!notice.soldOrShared()) {
      return NOT_SOLD;
    }
    return "We sell or share some of it (categories "
        + String.join(", ", notice.soldOrSharedCategories())
        + ") for cross-context behavioral advertising. You may opt out of the sale and sharing"
        + " of your personal information at any time.";
  }

  /** A retention line: {@code Customer account information: 180 days, then deleted}. */
  public static String kept(CollectionNotice.Kept kept) {
    return kept.data()
        + " (categories "
        + String.join(", ", kept.categories())
        + "): "
        + kept.keptFor();
  }

  /** The notice as plain text: the {@code .txt} form of a point that is not read aloud. */
  public static String plain(CollectionNotice notice) {
    List<String> lines = new ArrayList<>();
    lines.add(TITLE + ": " + notice.title());
    lines.add("");
    lines.add(lead(notice));
    lines.add("");
    lines.add(CATEGORIES_LEAD);
    notice.categories().forEach(c -> lines.add("- " + category(c)));
    lines.add("");
    lines.add(PURPOSES_LEAD);
    notice.purposes().forEach(p -> lines.add("- " + p));
    lines.add("");
    lines.add(soldOrShared(notice));
    if (notice.optOutUrl() != null) {
      lines.add("Do Not Sell or Share My Personal Information: " + notice.optOutUrl());
    }
    if (notice.limitUrl() != null) {
      lines.add("Limit the Use of My Sensitive Personal Information: " + notice.limitUrl());
    }
    lines.add("");
    lines.add(RETENTION_LEAD);
    notice.retention().forEach(k -> lines.add("- " + kept(k)));
    lines.add("");
    lines.add("Our full privacy notice: " + notice.noticeUrl());
    return String.join("\n", lines) + "\n";
  }

  /**
   * The script an agent or recording reads before a recorded call goes on (7012(c)): short
   * sentences, categories by their plain names, addresses spoken rather than spelled in symbols.
   */
  public static String oral(CollectionNotice notice) {
    List<String> says = new ArrayList<>();
    says.add(
        "Before we continue: this call may be recorded, and "
            + notice.business()
            + " collects personal information during it.");
    says.add(
        "We collect "
            + spokenList(notice.categories().stream().map(c -> spokenName(c.id())).toList())
            + ".");
    says.add("We use it " + spokenPurposes(notice.purposes()) + ".");
    if (notice.soldOrShared()) {
      says.add(
          "We sell or share some of it for advertising; you can opt out at any time"
              + (notice.tollFree() != null ? ", including by calling " + notice.tollFree() : "")
              + ", or online at "
              + spoken(notice.optOutUrl())
              + ".");
    } else {
      says.add("We do not sell or share what we collect on this call.");
    }
    says.add(
        "We keep it "
            + spokenList(
                notice.retention().stream()
                    .map(k -> lowerFirst(k.keptFor()) + " for " + lowerFirst(k.data()))
                    .toList())
            + ".");
    says.add("Our full privacy notice is at " + spoken(notice.noticeUrl()) + ".");
    return String.join("\n", says) + "\n";
  }

  /** The cookie banner's first-layer line: what its cookies collect, and whether it is sold. */
  public static String bannerLine(CollectionNotice notice) {
    return "Through cookies on this site we collect "
        + spokenList(notice.categories().stream().map(c -> spokenName(c.id())).toList())
        + ", to "
        + (notice.soldOrShared()
            ? "run the site and, with our advertising partners, to show you ads (a sale or share)"
            : "run the site")
        + ".";
  }

  /* The CCPA's category names are long legal titles (category B names a whole statute); said
   * aloud or in a one-line banner they need the plain words a listener understands. */
  static String spokenName(String letter) {
    return switch (Category.fromLetter(letter).orElseThrow()) {
      case A -> "identifiers such as your name, contact details and IP address";
      case B -> "customer records such as your address, phone number and payment details";
      case C -> "characteristics the law protects, such as age or gender";
      case D -> "commercial information such as what you buy";
      case E -> "biometric information";
      case F -> "your activity on our website";
      case G -> "your approximate location";
      case H -> "the recording of this call and its transcript";
      case I -> "professional and employment information";
      case J -> "education information";
      case K -> "inferences drawn from this information";
      case L -> "sensitive personal information";
    };
  }

  /** Each purpose's first sentence, as the notice words it, without its closing mark. */
  private static String spokenPurposes(List<String> purposes) {
    List<String> first = new ArrayList<>();
    for (String purpose : purposes) {
      first.add(lowerFirst(purpose.split("(?<=[.;])\\s")[0].replaceAll("[.;,]+$", "")));
    }
    return "for these purposes: " + spokenList(first);
  }

  /**
   * {@code https://www.example.com/privacy/notice} as {@code www.example.com slash privacy slash
   * notice}.
   */
  static String spoken(String url) {
    if (url == null) {
      return "";
    }
    String bare = url.replaceFirst("^https?://", "");
    return bare.replace("/", " slash ").replace("-", " dash ").strip();
  }

  private static String spokenList(List<String> items) {
    if (items.isEmpty()) {
      return "nothing";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join("; ", items.subList(0, items.size() - 1))
        + "; and "
        + items.get(items.size() - 1);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
