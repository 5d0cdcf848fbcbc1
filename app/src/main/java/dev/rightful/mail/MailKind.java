package dev.rightful.mail;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/**
 * What a message is for (to a consumer, or to a recipient of their data); each kind has one
 * plain-text template under {@code mail/}.
 */
public enum MailKind implements Vocabulary {
  // 7021(a): confirm receipt within 10 business days
  RECEIPT("receipt"),
  ONE_TIME_CODE("one-time-code"),
  // 7021(b); CC 1798.145(i)(1): notice of the extension with its reason
  EXTENSION("extension"),
  RESPONSE("response"),
  // CC 1798.105(c)(1), 7023(c): the recipients told after the answer said "we are telling" them
  FOLLOW_UP("follow-up"),
  // CC 1798.145(i)(2): reasons and any rights to appeal
  DENIAL("denial"),
  // 7063(a)(3): the consumer confirms directly that the agent may act
  AGENT_CONFIRMATION("agent-confirmation"),
  // 7026(f)(4): a means to confirm the opt-out was processed
  OPT_OUT_CONFIRMATION("opt-out-confirmation"),
  // 7026(f)(2)-(3), CC 1798.105(c)(1): pass a consumer's choice on to the recipients of the data
  RECIPIENT_NOTICE("recipient-notice"),
  // 7022(b), 7023(c), 7026(f)(2)-(3), 7027(g): a rights request passed on to a vendor by email
  VENDOR_REQUEST("vendor-request");

  private final String id;

  MailKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /** The classpath resource holding this kind's template in English. */
  String template() {
    return "mail/" + id + ".txt";
  }

  /**
   * The resource holding this kind's template in {@code language}: English under {@code mail/},
   * another language under {@code mail/LANG/}. Mails to vendors are always English.
   */
  String template(String language) {
    return language.equals("en") || !toConsumer()
        ? template()
        : "mail/" + language + "/" + id + ".txt";
  }

  /** Whether this kind goes to a consumer (or their agent), so is written in their language. */
  public boolean toConsumer() {
    return this != RECIPIENT_NOTICE && this != VENDOR_REQUEST;
  }

  public static Optional<MailKind> fromId(String id) {
    return Vocabulary.parse(MailKind.class, id);
  }
}
