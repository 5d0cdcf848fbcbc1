package dev.rightful.requests;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Where the request lifecycle reports each state change, inside the transaction that makes it: the
 * hash-chained audit log in production. {@code facts} carry ids and dates, never personal
 * information.
 */
public interface RequestEvents {
  void record(
      Handle handle, String actor, String action, RightsRequest request, Map<String, Object> facts);
}
