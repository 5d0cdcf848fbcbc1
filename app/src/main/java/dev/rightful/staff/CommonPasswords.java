package dev.rightful.staff;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The most commonly used passwords, from the ranked list of 100,000 breached passwords that ships
 * in nbvcxz (MIT licence). Thread-safe: the set is loaded once, on first use, and never changes.
 *
 * <p>Only entries of at least {@link PasswordPolicy#MIN_LENGTH} characters are kept (under a
 * thousand): a shorter password is refused for its length already, and the rest would cost
 * megabytes of heap for nothing. Entries and lookups are compared in lower case, since an attacker
 * tries the case variants of a common password first (NIST SP 800-63B §5.1.1.2).
 */
public final class CommonPasswords {
  private CommonPasswords() {}

  /** Whether {@code password}, without surrounding whitespace and in any case, is on the list. */
  public static boolean contains(String password) {
    return password != null && Holder.LIST.contains(normalize(password));
  }

  private static String normalize(String password) {
    return password.strip().toLowerCase(Locale.ROOT);
  }

  /** Loads the list on first use (the holder idiom), not when the class is merely referenced. */
  private static final class Holder {
    static final Set<String> LIST = load();

    private static Set<String> load() {
      Set<String> list =
          DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet().stream()
              .map(CommonPasswords::normalize)
              .filter(entry -> entry.codePointCount(0, entry.length()) >= PasswordPolicy.MIN_LENGTH)
              .collect(Collectors.toUnmodifiableSet());
      if (list.isEmpty()) {
        // A missing resource must not silently let every password through.
        throw new IllegalStateException("the list of common passwords did not load");
      }
      return list;
    }
  }
}
