package dev.rightful.testing;

import dev.rightful.law.RequestType;
import dev.rightful.requests.Channel;
import dev.rightful.requests.Requester;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import java.util.List;

/** Submissions as tests send them. */
public final class Submissions {
  private Submissions() {}

  /**
   * A request of {@code type} that a consumer sends for themselves through the API, giving only an
   * email address and a name: no lookback, no corrections, no details.
   *
   * @param declaration the name signed under the declaration, or null for none
   */
  public static Submission api(RequestType type, String email, String name, String declaration) {
    return new Submission(
        type,
        Channel.API,
        new Subject(email, null, name, null, null),
        Requester.consumer(),
        null,
        null,
        null,
        List.of(),
        declaration,
        null);
  }
}
