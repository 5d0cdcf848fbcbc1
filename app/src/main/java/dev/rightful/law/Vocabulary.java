package dev.rightful.law;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of words the law uses, each with the id it is written as in maps and APIs. */
public interface Vocabulary {
  String id();

  static <T extends Enum<T> & Vocabulary> Optional<T> parse(Class<T> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(v -> v.id().equals(id)).findFirst();
  }

  static <T extends Enum<T> & Vocabulary> List<String> ids(Class<T> type) {
    return Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toList();
  }
}
