package dev.rightful.center;

import dev.rightful.law.RequestType;
import dev.rightful.law.Right;
import java.util.List;
import java.util.Optional;

/**
 * A request the privacy center offers, in the consumer's words: what to choose, what it does, and
 * how the request is named afterwards. The legal facts (clocks, verification) come from {@link
 * RequestType}; this is wording only. Immutable.
 *
 * @param right the right the request exercises, or null for Shine the Light (not a CCPA right)
 * @param title the option as the consumer chooses it, in the first person
 * @param explanation one or two plain sentences on what the request does and what it asks for
 * @param noun the request named in a sentence ("your request to …")
 */
public record RequestChoice(
    RequestType type, Right right, String title, String explanation, String noun) {

  /** Every request the form offers, in the order of the rights in the notice. */
  public static final List<RequestChoice> ALL =
      List.of(
          new RequestChoice(
              RequestType.KNOW_CATEGORIES,
              Right.KNOW_AND_ACCESS,
              "Tell me what kinds of personal information you hold about me",
              "The categories of information you collected about me, where it came from, why you"
                  + " use it, and the kinds of businesses you disclose, sell or share it to. We"
                  + " check two pieces of information you give us against our records.",
              "request to know the categories of personal information we hold about you"),
          new RequestChoice(
              RequestType.KNOW_SPECIFIC,
              Right.KNOW_AND_ACCESS,
              "Give me a copy of my personal information",
              "The specific pieces of information you hold about me, in a file I can reuse. We"
                  + " check three pieces of information and you sign a statement, under penalty of"
                  + " perjury, that you are the person the request is about.",
              "request for a copy of the personal information we hold about you"),
          new RequestChoice(
              RequestType.DELETE,
              Right.DELETE,
              "Delete my personal information",
              "We delete what we collected from you, except what the law lets or requires us to"
                  + " keep, and tell you what we kept and why.",
              "request to delete your personal information"),
          new RequestChoice(
              RequestType.CORRECT,
              Right.CORRECT,
              "Correct information about me that is wrong",
              "Tell us which information is inaccurate and what it should be.",
              "request to correct your personal information"),
          new RequestChoice(
              RequestType.OPT_OUT,
              Right.OPT_OUT_OF_SALE_OR_SHARING,
              "Do not sell or share my personal information",
              "We stop selling or sharing information we can link to your email address or phone"
                  + " number. No proof of identity is needed.",
              "request to opt out of the sale and sharing of your personal information"),
          new RequestChoice(
              RequestType.LIMIT_SENSITIVE,
              Right.LIMIT_SENSITIVE_PI,
              "Limit the use of my sensitive personal information",
              "We use sensitive information we can link to your email address or phone number only"
                  + " to provide what you asked for. No proof of identity is needed.",
              "request to limit the use of your sensitive personal information"),
          // 11 CCR 7221, 7222: offered only when the map declares ADMT uses (AdmtOffer)
          new RequestChoice(
              RequestType.OPT_OUT_ADMT,
              null,
              "Do not use automated decisionmaking technology to make decisions about me",
              "We stop using automated decisionmaking technology on information we can link to"
                  + " your email address or phone number, and decide by the alternative process"
                  + " instead. No proof of identity is needed.",
              "request to opt out of our use of automated decisionmaking technology about you"),
          new RequestChoice(
              RequestType.ACCESS_ADMT,
              null,
              "Tell me how automated decisionmaking technology was used to decide about me",
              "Why we used it, how its logic applied to you, and what it decided and how that"
                  + " was used. We check three pieces of information and you sign a statement,"
                  + " under penalty of perjury, that you are the person the request is about.",
              "request for information about our use of automated decisionmaking technology"
                  + " about you"),
          new RequestChoice(
              RequestType.DIRECT_MARKETING,
              null,
              "Tell me who received my information for their own direct marketing",
              "Under California's Shine the Light law: the kinds of information we disclosed in"
                  + " the last calendar year to other businesses for their own direct marketing,"
                  + " and their names and addresses.",
              "request about disclosures for direct marketing"));

  public String id() {
    return type.id();
  }

  /** The choice for a type id, if the form offers it. */
  public static Optional<RequestChoice> find(String typeId) {
    return ALL.stream().filter(c -> c.type().id().equals(typeId)).findFirst();
  }

  public static RequestChoice of(RequestType type) {
    return ALL.stream()
        .filter(c -> c.type() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no choice for " + type.id()));
  }

  /** The choices that exercise {@code right}. */
  public static List<RequestChoice> exercising(Right right) {
    return ALL.stream().filter(c -> c.right() == right).toList();
  }
}
