package dev.rightful.law;

/** A right a California consumer holds under the CCPA, in the order a notice lists them. */
public enum Right implements Vocabulary {
  // CC 1798.100, 1798.110, 1798.115, 1798.130(a)(3)(B)(iii)
  KNOW_AND_ACCESS(
      "know-and-access",
      "Right to know and access, including data portability",
      "You may ask what personal information we collected about you, where it came from, why we"
          + " use it, with whom we disclose, sell or share it, and for a copy of the specific"
          + " pieces of personal information in a portable format."),
  // CC 1798.125
  NON_DISCRIMINATION(
      "non-discrimination",
      "Right to non-discrimination",
      "We will not deny goods or services, charge a different price, or provide a different"
          + " level or quality of service because you exercised your rights."),
  // CC 1798.105
  DELETE(
      "delete",
      "Right to delete",
      "You may ask us to delete personal information we collected from you, subject to the"
          + " exceptions the law allows; we tell you what we keep and why."),
  // CC 1798.106
  CORRECT(
      "correct",
      "Right to correct inaccurate personal information",
      "You may ask us to correct inaccurate personal information we maintain about you."),
  // CC 1798.120
  OPT_OUT_OF_SALE_OR_SHARING(
      "opt-out-of-sale-or-sharing",
      "Right to opt out of the sale or sharing of personal information",
      "You may tell us not to sell or share your personal information for cross-context"
          + " behavioral advertising. We also honor opt-out preference signals such as Global"
          + " Privacy Control."),
  // CC 1798.121
  LIMIT_SENSITIVE_PI(
      "limit-sensitive-pi",
      "Right to limit the use and disclosure of sensitive personal information",
      "You may direct us to use your sensitive personal information only as necessary to"
          + " provide the goods and services you asked for.");

  private final String id;
  private final String title;
  private final String plainWords;

  Right(String id, String title, String plainWords) {
    this.id = id;
    this.title = title;
    this.plainWords = plainWords;
  }

  @Override
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String plainWords() {
    return plainWords;
  }
}
