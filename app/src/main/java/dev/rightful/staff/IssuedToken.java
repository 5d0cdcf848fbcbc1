package dev.rightful.staff;

/** A newly created bearer token: {@code secret} is shown once, to its creator, and never stored. */
public record IssuedToken(String secret, ApiToken token) {
  @Override
  public String toString() {
    return "IssuedToken[" + token + "]"; // keeps the secret out of logs and assertion messages
  }
}
