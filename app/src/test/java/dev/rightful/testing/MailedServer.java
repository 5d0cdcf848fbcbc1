package dev.rightful.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rightful.App;
import dev.rightful.config.LegalClock;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.web.ClientAddresses;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real Rightful with its mail going to a GreenMail SMTP server, served at a known public URL so
 * that the links in its mail can be followed. Close it to stop both.
 */
public final class MailedServer implements AutoCloseable {
  private final GreenMail smtp;
  private final App app;
  private final String publicUrl;

  private MailedServer(GreenMail smtp, App app, String publicUrl) {
    this.smtp = smtp;
    this.app = app;
    this.publicUrl = publicUrl;
    AuditChainCheck.started(app);
  }

  /** {@code dataMap} on a fresh H2 database, its JDBC systems at {@code company}. */
  public static MailedServer start(Path dataMap, CompanyDatabases.Target company) {
    GreenMail smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    int port = freePort();
    String publicUrl = "http://127.0.0.1:" + port;
    try {
      App app =
          App.start(
              new App.Settings(
                  true,
                  "127.0.0.1",
                  port,
                  dataMap,
                  TestServer.h2Url(),
                  "sa",
                  "",
                  4,
                  publicUrl,
                  company,
                  TestServer.KEYS,
                  LegalClock.standard(),
                  new SmtpSettings(
                      "127.0.0.1",
                      smtp.getSmtp().getPort(),
                      "privacy@company.example",
                      null,
                      null,
                      false),
                  Duration.ofMillis(200),
                  TestServer.CLOCK,
                  List.of(),
                  VerificationSettings.defaults(),
                  ClientAddresses.DIRECT,
                  RecordKeeping.minimum(),
                  TestServer.GENEROUS_LIMITS,
                  null),
              name -> null);
      return new MailedServer(smtp, app, publicUrl);
    } catch (RuntimeException e) {
      smtp.stop();
      throw e;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public App app() {
    return app;
  }

  public String url(String path) {
    return publicUrl + path;
  }

  /** One message as received: to whom, its subject and its plain-text body. */
  public record Mail(String to, String subject, String body) {}

  /** Every message received so far, in order. */
  public List<Mail> mails() {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        // Decoded: a long link is folded in the transfer encoding, not in the text.
        Object content = m.getContent();
        String body =
            (content instanceof String text ? text : GreenMailUtil.getBody(m))
                .replace("\r\n", "\n");
        mails.add(new Mail(m.getAllRecipients()[0].toString(), m.getSubject(), body));
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }

  /**
   * The messages to {@code to} whose subject contains {@code subject}, waiting up to 30 seconds for
   * at least {@code count} of them (the dispatcher sends from the outbox every 200 ms).
   */
  public List<Mail> await(String to, String subject, int count) throws InterruptedException {
    List<Mail> found = List.of();
    for (int i = 0; i < 300; i++) {
      found =
          mails().stream().filter(m -> m.to().equals(to) && m.subject().contains(subject)).toList();
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(100);
    }
    return found;
  }

  @Override
  public void close() {
    AuditChainCheck.stopped(app);
    try {
      app.close();
    } finally {
      smtp.stop();
    }
  }
}
