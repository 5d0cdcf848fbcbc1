package dev.rightful.notice;

import java.util.Arrays;
import java.util.List;

/**
 * A section of the rendered notice, with its anchor and heading. Markdown and HTML both print the
 * sections in this order under these headings, so the two formats cannot drift apart in shape.
 */
public enum NoticeSection {
  ABOUT("about", "About this notice"),
  CATEGORIES("categories", "Personal information we collect"),
  SOURCES("sources", "Where we get personal information"),
  USES("uses", "How we use personal information"),
  DISCLOSURES("disclosures", "Disclosures for a business purpose"),
  SALE_OR_SHARE("sale-or-share", "Sale or sharing of personal information"),
  SENSITIVE("sensitive", "Sensitive personal information"),
  RETENTION("retention", "How long we keep personal information"),
  MINORS("minors", "Consumers under 16"),
  RIGHTS("rights", "Your rights"),
  STATE_RIGHTS("state-rights", "Your state's rights"),
  EXERCISE("exercise", "How to exercise your rights"),
  AGENTS("agents", "Authorized agents"),
  VERIFICATION("verification", "How we verify requests"),
  RESPONDING("responding", "How we respond to requests"),
  DIRECT_MARKETING("direct-marketing", "Disclosures for direct marketing (Shine the Light)"),
  DO_NOT_TRACK("do-not-track", "Do Not Track"),
  FINANCIAL_INCENTIVES("financial-incentives", "Financial incentives"),
  CONTACT("contact", "Contact us and other formats"),
  CHANGES("changes", "Changes to this notice");

  private final String anchor;
  private final String title;

  NoticeSection(String anchor, String title) {
    this.anchor = anchor;
    this.title = title;
  }

  public String anchor() {
    return anchor;
  }

  public String title() {
    return title;
  }

  /**
   * The sections a document prints: all, except Do Not Track when the map says nothing of it and
   * the states' rights when the map names no state besides California.
   */
  public static List<NoticeSection> of(NoticeDocument doc) {
    return Arrays.stream(values())
        .filter(s -> s != DO_NOT_TRACK || doc.doNotTrack() != null)
        .filter(s -> s != STATE_RIGHTS || !doc.stateRights().isEmpty())
        .toList();
  }
}
