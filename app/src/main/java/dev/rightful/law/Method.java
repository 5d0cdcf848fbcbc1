package dev.rightful.law;

import java.util.Optional;

/** A way for consumers to submit a request or an opt-out. */
public enum Method implements Vocabulary {
  WEB_FORM("web-form"),
  TOLL_FREE_PHONE("toll-free-phone"),
  EMAIL("email"),
  MAIL("mail"),
  ACCOUNT("account"),
  DO_NOT_SELL_FORM("do-not-sell-form"),
  LIMIT_FORM("limit-form"),
  ALTERNATIVE_OPT_OUT_LINK("alternative-opt-out-link"),
  COOKIE_SETTINGS_TOOL("cookie-settings-tool"),
  OPT_OUT_PREFERENCE_SIGNAL("opt-out-preference-signal");

  private final String id;

  Method(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Whether this method alone lets a consumer opt out of sale or sharing. A cookie tool does not
   * (7026(a)(4)); a preference signal must be paired with a form or link (7026(a)(1)).
   */
  public boolean isSufficientOptOut() {
    return this == DO_NOT_SELL_FORM
        || this == ALTERNATIVE_OPT_OUT_LINK
        || this == TOLL_FREE_PHONE
        || this == EMAIL
        || this == WEB_FORM;
  }

  public static Optional<Method> fromId(String id) {
    return Vocabulary.parse(Method.class, id);
  }
}
