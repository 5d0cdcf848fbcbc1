package dev.rightful.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rightful.mail.SmtpSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) that Rightful sends its mail to: the journeys read what each
 * consumer and agent received, as they would in their own mail program.
 */
final class Mailbox implements AutoCloseable {
  static final String FROM = "privacy@net2phone.example";
  private static final Pattern CODE = Pattern.compile("(?m)^\\s+(\\d{6})\\s*$");
  private static final Pattern PATH =
      Pattern.compile("(?:https?://[^/\\s]+)?(/privacy/[A-Za-z0-9/_.~%-]+)");

  private final GreenMail smtp;
  private final Set<MimeMessage> read = new HashSet<>();

  Mailbox() {
    ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
    smtp = new GreenMail(setup);
    smtp.start();
  }

  SmtpSettings settings() {
    return new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), FROM, null, null, false);
  }

  /** One message as its reader sees it. */
  record Mail(String to, String subject, String text) {
    /** The six-digit code of a verification mail. */
    String code() {
      Matcher m = CODE.matcher(text);
      if (!m.find()) {
        throw new AssertionError("no six-digit code in the mail \"" + subject + "\":\n" + text);
      }
      return m.group(1);
    }

    /** Every privacy-center path the mail links to, in order (scheme and host dropped). */
    List<String> links() {
      List<String> links = new ArrayList<>();
      Matcher m = PATH.matcher(text);
      while (m.find()) {
        links.add(m.group(1));
      }
      return links;
    }

    Optional<String> link(String prefix) {
      return links().stream().filter(l -> l.startsWith(prefix)).findFirst();
    }

    @Override
    public String toString() {
      return "mail to " + to + " \"" + subject + "\"";
    }
  }

  /**
   * Waits for the next unread message to {@code to} that {@code wanted} accepts, and marks it read.
   * Fails with every message {@code to} received when none arrives.
   */
  Mail next(String to, String what, Predicate<Mail> wanted) {
    return next(to, what, wanted, 30);
  }

  /** As {@link #next(String, String, Predicate)}, waiting at most {@code seconds}. */
  synchronized Mail next(String to, String what, Predicate<Mail> wanted, int seconds) {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (true) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (read.contains(message)) {
          continue;
        }
        Mail mail = mail(message);
        if (mail.to().equalsIgnoreCase(to) && wanted.test(mail)) {
          read.add(message);
          return mail;
        }
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("no " + what + " arrived for " + to + "; it received: " + all(to));
      }
      try {
        wait(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  Mail next(String to, String subjectPart) {
    return next(to, "mail \"" + subjectPart + "\"", m -> m.subject().contains(subjectPart));
  }

  /** Every message {@code to} received so far, read or not. */
  List<Mail> all(String to) {
    List<Mail> out = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      Mail mail = mail(message);
      if (mail.to().equalsIgnoreCase(to)) {
        out.add(mail);
      }
    }
    return out;
  }

  private static Mail mail(MimeMessage message) {
    try {
      Address[] to = message.getAllRecipients();
      return new Mail(
          to == null ? "" : to[0].toString(),
          message.getSubject(),
          text(message.getContent()).replace("\r\n", "\n"));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text of a message, also when it comes with other parts (an HTML copy). */
  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof jakarta.mail.Multipart parts) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        jakarta.mail.BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType("text/plain") || part.getContent() instanceof jakarta.mail.Multipart) {
          text.append(text(part.getContent()));
        }
      }
      return text.toString();
    }
    return content.toString();
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
