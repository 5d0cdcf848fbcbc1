package dev.rightful.verify;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How many reliable data points a requester gave that match the business's records of the consumer,
 * and of which kinds. It never carries the business's values: only counts and kinds, so it may go
 * into the audit log and to staff. Immutable.
 *
 * @param pointsMatched the number of matching data points, one per kind
 * @param matchedKinds which kinds matched
 */
public record MatchResult(int pointsMatched, Set<DataPointKind> matchedKinds) {
  public MatchResult {
    matchedKinds =
        matchedKinds.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(DataPointKind.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(matchedKinds));
    if (pointsMatched != matchedKinds.size()) {
      throw new IllegalArgumentException("each matched kind is one data point");
    }
  }

  public static MatchResult of(Set<DataPointKind> kinds) {
    return new MatchResult(kinds.size(), kinds);
  }

  /** The kinds' ids in a stable order, for the audit log. */
  public List<String> kindIds() {
    return matchedKinds.stream().map(DataPointKind::id).toList();
  }
}
