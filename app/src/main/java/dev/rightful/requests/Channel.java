package dev.rightful.requests;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** How a request reached the business, recorded for §7101 records (rule 44). */
public enum Channel implements Vocabulary {
  WEB("web"),
  API("api"),
  PHONE("phone"),
  EMAIL("email"),
  MAIL("mail");

  private final String id;

  Channel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<Channel> fromId(String id) {
    return Vocabulary.parse(Channel.class, id);
  }
}
