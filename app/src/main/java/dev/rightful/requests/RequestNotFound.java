package dev.rightful.requests;

/** Thrown when no request has the given id. */
public final class RequestNotFound extends RuntimeException {
  public RequestNotFound(String id) {
    super("no request " + id);
  }
}
