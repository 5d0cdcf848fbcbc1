package dev.rightful.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/** Sends one message over SMTP with Angus Mail, and says whether a failure is worth retrying. */
final class SmtpMailer {
  private final SmtpSettings settings;
  private final Session session;
  private final Clock clock;

  /** Why a send failed, in words without personal information, and whether to retry it. */
  record Failure(boolean permanent, String description) {}

  SmtpMailer(SmtpSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    // Bounded waits: a hung server must not hold a claimed message past its lease.
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "30000");
    props.put("mail.smtp.writetimeout", "30000");
    props.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
    props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    props.put("mail.smtp.ssl.checkserveridentity", "true");
    this.session = Session.getInstance(props);
  }

  /** Sends {@code message} with the stable Message-ID {@code <messageId@domain of From>}. */
  void send(MailMessage message, String messageId) throws MessagingException {
    InternetAddress from = new InternetAddress(settings.from(), true);
    String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
    MimeMessage mime = new FixedIdMessage(session, "<" + messageId + "@" + domain + ">");
    mime.setFrom(from);
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
    mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
    mime.setText(message.body(), StandardCharsets.UTF_8.name());
    mime.setSentDate(Date.from(clock.instant()));
    // RFC 3834: tell vacation responders not to answer a machine.
    mime.setHeader("Auto-Submitted", "auto-generated");
    if (settings.authenticates()) {
      Transport.send(mime, settings.user(), settings.password());
    } else {
      Transport.send(mime);
    }
  }

  /**
   * Classifies a failure. Only a recipient the server refuses for good (an SMTP 5xx reply to RCPT)
   * is permanent: everything else, outages and login errors included, is retried, so fixing the
   * server or the settings delivers every waiting message.
   */
  static Failure classify(Exception e) {
    // Server texts are left out: they often quote the recipient's address.
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof SMTPAddressFailedException refused) {
        int code = refused.getReturnCode();
        return new Failure(code >= 500, "the server refused the recipient (SMTP " + code + ")");
      }
    }
    if (e instanceof SMTPSendFailedException refused) {
      return new Failure(
          false, "the server refused the message (SMTP " + refused.getReturnCode() + ")");
    }
    if (e instanceof MailConnectException) {
      return new Failure(false, "cannot connect to the SMTP server");
    }
    if (e instanceof AuthenticationFailedException) {
      return new Failure(false, "the SMTP server refused the login");
    }
    if (e instanceof SendFailedException) {
      return new Failure(false, "the server did not accept the message");
    }
    if (e.getCause() instanceof IOException io) {
      return new Failure(false, "SMTP connection failed (" + io.getClass().getSimpleName() + ")");
    }
    return new Failure(false, "sending failed (" + e.getClass().getSimpleName() + ")");
  }

  /** A message whose Message-ID survives {@code saveChanges()}. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
