package dev.rightful.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How to reach the SMTP server: host, port, the From address, optional user and password (both or
 * neither), and whether STARTTLS is required. Immutable; {@link #toString()} masks the password.
 */
public record SmtpSettings(
    String host, int port, String from, String user, String password, boolean startTls) {

  public SmtpSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("an SMTP host is required");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the SMTP port must be between 1 and 65535: " + port);
    }
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("a From address is required to send mail");
    }
    try {
      new InternetAddress(from, true).validate();
    } catch (AddressException e) {
      throw new IllegalArgumentException("the From address is not valid: " + from);
    }
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("give both an SMTP user and password, or neither");
    }
  }

  /** Whether the server needs a login. */
  public boolean authenticates() {
    return user != null;
  }

  @Override
  public String toString() {
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", from="
        + from
        + ", user="
        + user
        + ", password="
        + (password == null ? "null" : "********")
        + ", startTls="
        + startTls
        + "]";
  }
}
