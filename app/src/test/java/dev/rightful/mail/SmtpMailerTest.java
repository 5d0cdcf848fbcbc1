package dev.rightful.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

class SmtpMailerTest {
  static SendFailedException refused(int code) throws Exception {
    InternetAddress address = new InternetAddress("ana.consumer@mail.example");
    var cause =
        new SMTPAddressFailedException(
            address, "RCPT TO", code, code + " <ana.consumer@mail.example> no such user");
    return new SendFailedException(
        "Invalid Addresses", cause, new Address[0], new Address[0], new Address[] {address});
  }

  @Test
  void a_recipient_refused_for_good_fails_without_its_address_in_the_error() throws Exception {
    SmtpMailer.Failure failure = SmtpMailer.classify(refused(550));
    assertThat(failure.permanent()).isTrue();
    assertThat(failure.description())
        .isEqualTo("the server refused the recipient (SMTP 550)")
        .doesNotContain("@");
  }

  @Test
  void a_recipient_refused_for_now_is_retried() throws Exception {
    assertThat(SmtpMailer.classify(refused(450)).permanent()).isFalse();
  }

  @Test
  void outages_and_unknown_errors_are_retried() {
    var outage =
        new MailConnectException(
            new SocketConnectException(
                "refused", new java.net.ConnectException("refused"), "127.0.0.1", 25, 10_000));
    assertThat(SmtpMailer.classify(outage).permanent()).isFalse();
    assertThat(SmtpMailer.classify(new MessagingException("ana@mail.example bounced")))
        .satisfies(f -> assertThat(f.permanent()).isFalse())
        .satisfies(f -> assertThat(f.description()).doesNotContain("@"));
  }

  @Test
  void the_settings_never_print_the_password() {
    var settings =
        new SmtpSettings("smtp.example", 587, "privacy@acme.example", "mailer", "hunter2", true);
    assertThat(settings.toString()).doesNotContain("hunter2").contains("********");
  }

  @Test
  void backoff_doubles_from_the_first_retry_up_to_the_cap() {
    DispatcherSettings settings = DispatcherSettings.every(java.time.Duration.ofSeconds(5));
    assertThat(settings.backoff(1)).hasSeconds(30);
    assertThat(settings.backoff(2)).hasSeconds(60);
    assertThat(settings.backoff(3)).hasSeconds(120);
    assertThat(settings.backoff(8)).hasSeconds(3600);
    assertThat(settings.backoff(1000)).hasSeconds(3600);
  }
}
