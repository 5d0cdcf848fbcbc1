package dev.rightful.center;

import dev.rightful.law.RequestType;
import dev.rightful.law.Right;
import dev.rightful.mail.Messages;
import dev.rightful.web.Translator;
import java.util.List;
import java.util.Optional;

/**
 * A request the privacy center offers, in the consumer's words: what to choose, what it does, and
 * how the request is named afterwards, in the language of the page ({@code choice.TYPE.title},
 * {@code choice.TYPE.explanation} and {@code request.TYPE} in the bundles). The legal facts
 * (clocks, verification) come from {@link RequestType}; this is wording only. Immutable.
 *
 * @param right the right the request exercises, or null for Shine the Light (not a CCPA right)
 */
public record RequestChoice(RequestType type, Right right) {

  /** Every request the form offers, in the order of the rights in the notice. */
  public static final List<RequestChoice> ALL =
      List.of(
          new RequestChoice(RequestType.KNOW_CATEGORIES, Right.KNOW_AND_ACCESS),
          new RequestChoice(RequestType.KNOW_SPECIFIC, Right.KNOW_AND_ACCESS),
          new RequestChoice(RequestType.DELETE, Right.DELETE),
          new RequestChoice(RequestType.CORRECT, Right.CORRECT),
          new RequestChoice(RequestType.OPT_OUT, Right.OPT_OUT_OF_SALE_OR_SHARING),
          new RequestChoice(RequestType.LIMIT_SENSITIVE, Right.LIMIT_SENSITIVE_PI),
          // 11 CCR 7221, 7222: offered only when the map declares ADMT uses (AdmtOffer)
          new RequestChoice(RequestType.OPT_OUT_ADMT, null),
          new RequestChoice(RequestType.ACCESS_ADMT, null),
          new RequestChoice(RequestType.DIRECT_MARKETING, null));

  public String id() {
    return type.id();
  }

  /** The option as the consumer chooses it, in the first person. */
  public String title() {
    return Translator.current().t("choice." + type.id() + ".title");
  }

  /** One or two plain sentences on what the request does and what it asks for. */
  public String explanation() {
    return Translator.current().t("choice." + type.id() + ".explanation");
  }

  /** The request named in a sentence ("your …"), as the mails name it. */
  public String noun() {
    return Messages.describe(type, Translator.current().language());
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
