package dev.rightful.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one email rule: what it accepts, the mail layer (jakarta mail, strict) can send to. */
class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jane.doe@example.com",
        "o'brien@example.co.uk",
        "first+tag@sub.example.org",
        "x_y-z@a-b.example",
        "user@xn--mller-kva.de",
        "a!#$%&*/=?^`{|}~@example.com"
      })
  void ordinary_addresses_are_accepted(String address) {
    assertThat(EmailAddress.problem(address)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // issue 11: each of these reached the mail layer and gave a 500
        "a,b@x.com",
        "a;b@x.com",
        "a[1]@x.com",
        "<script>alert(1)</script>@x.com",
        "a b@x.com",
        "\"quoted\"@x.com",
        "Jane <jane@x.com>",
        "a@b@x.com",
        ".a@x.com",
        "a.@x.com",
        "a..b@x.com",
        "a@x",
        "a@x.c",
        "a@-x.com",
        "a@x-.com",
        "a@x..com",
        "a@[192.0.2.1]",
        "a@x.123",
        "jos\u00e9@x.com",
        "a@m\u00fcller.de",
        "a\u0000@x.com",
        "a@x.com\n",
        "@x.com",
        "a@",
        ""
      })
  void addresses_mail_cannot_take_are_refused(String address) {
    assertThat(EmailAddress.problem(address)).isPresent();
  }

  @Test
  void the_limits_of_rfc_5321_hold() {
    String local64 = "a".repeat(64);
    assertThat(EmailAddress.isValid(local64 + "@x.com")).isTrue();
    assertThat(EmailAddress.isValid("a" + local64 + "@x.com")).isFalse();
    String longDomain = ("a".repeat(60) + ".").repeat(5) + "com";
    assertThat(EmailAddress.problem("a@" + longDomain)).hasValue("is longer than 254 characters");
  }

  @Test
  void a_refusal_never_repeats_the_address() {
    assertThat(EmailAddress.problem("secret.person,x@x.com").orElseThrow())
        .doesNotContain("secret");
  }

  /** Whatever the rule accepts, jakarta mail accepts as one strict recipient address. */
  @Property(tries = 2000)
  void every_accepted_address_is_one_mail_can_send_to(@ForAll("candidates") String address)
      throws Exception {
    net.jqwik.api.statistics.Statistics.collect(EmailAddress.isValid(address));
    if (EmailAddress.isValid(address)) {
      InternetAddress parsed = new InternetAddress(address, true);
      parsed.validate();
      assertThat(InternetAddress.parse(address, true)).hasSize(1);
      assertThat(parsed.getAddress()).isEqualTo(address);
    }
  }

  @Provide
  Arbitrary<String> candidates() {
    // Half plausible (atext and dots only), half anything a hostile form might hold.
    Arbitrary<String> plausible =
        Arbitraries.strings()
            .withChars("abcXYZ019.!#$%&'*+/=?^_`{|}~-")
            .ofMinLength(1)
            .ofMaxLength(70);
    Arbitrary<String> hostile =
        Arbitraries.strings()
            .withChars("abcXYZ019.!#$%&'*+/=?^_`{|}~-,;:<>[]()\"\\ @\u00e9\t")
            .ofMinLength(0)
            .ofMaxLength(70);
    Arbitrary<String> local = Arbitraries.oneOf(plausible, hostile);
    Arbitrary<String> domain =
        Arbitraries.strings()
            .withChars("abcxyz09.-")
            .ofMinLength(0)
            .ofMaxLength(20)
            .map(s -> s + Arbitraries.of("", ".com", ".c", ".xn--p1ai", ".12").sample());
    return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
  }
}
