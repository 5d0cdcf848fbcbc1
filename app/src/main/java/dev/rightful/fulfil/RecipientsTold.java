package dev.rightful.fulfil;

import java.util.List;

/**
 * Where the notices to the companies that process or received a consumer's information stand when
 * the answer is written: how many were delivered or acknowledged ({@code told}), how many are still
 * on their way ({@code telling}), and the recipients concerned in the map's own descriptions.
 * Immutable.
 */
record RecipientsTold(int told, int telling, List<String> who) {
  RecipientsTold {
    who = List.copyOf(who);
  }

  int total() {
    return told + telling;
  }
}
