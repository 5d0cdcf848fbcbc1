package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
  private static final ClientAddresses BEHIND = ClientAddresses.parse("127.0.0.1, 10.0.0.0/8, ::1");

  @Test
  void without_trusted_proxies_the_header_is_ignored() {
    assertThat(ClientAddresses.DIRECT.resolve("198.51.100.9", List.of("203.0.113.5")))
        .isEqualTo("198.51.100.9");
    assertThat(ClientAddresses.parse(" ").resolve("127.0.0.1", List.of("203.0.113.5")))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void from_a_trusted_proxy_the_last_untrusted_hop_is_the_client() {
    assertThat(BEHIND.resolve("127.0.0.1", List.of("203.0.113.5"))).isEqualTo("203.0.113.5");
    // The client forged the first entry; the proxies appended the rest.
    assertThat(BEHIND.resolve("10.1.2.3", List.of("192.0.2.66, 203.0.113.5, 10.0.0.2")))
        .isEqualTo("203.0.113.5");
    // Several header lines count as one list, in order.
    assertThat(BEHIND.resolve("::1", List.of("192.0.2.66", "203.0.113.7")))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void an_untrusted_peer_is_the_client_whatever_it_says() {
    assertThat(BEHIND.resolve("198.51.100.9", List.of("127.0.0.1"))).isEqualTo("198.51.100.9");
  }

  @Test
  void a_missing_or_garbled_header_leaves_the_last_address_a_proxy_vouched_for() {
    assertThat(BEHIND.resolve("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    assertThat(BEHIND.resolve("127.0.0.1", List.of("unknown"))).isEqualTo("127.0.0.1");
    assertThat(BEHIND.resolve("127.0.0.1", List.of("203.0.113.5, junk, 10.0.0.2")))
        .isEqualTo("10.0.0.2");
    // Every hop trusted: the first one is as far as the chain goes.
    assertThat(BEHIND.resolve("127.0.0.1", List.of("10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
  }

  @Test
  void ipv6_clients_are_written_canonically() {
    assertThat(BEHIND.resolve("127.0.0.1", List.of("2001:DB8:0:0::1"))).isEqualTo("2001:db8::1");
    // Written in brackets, by the peer or a proxy, they are the same addresses.
    assertThat(BEHIND.resolve("[0:0:0:0:0:0:0:1]", List.of("[2001:db8::7]")))
        .isEqualTo("2001:db8::7");
  }

  @Test
  void host_names_and_bad_blocks_are_refused_by_name() {
    assertThatThrownBy(() -> ClientAddresses.parse("127.0.0.1, proxy.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'proxy.example' is not an IP address or CIDR block");
    assertThatThrownBy(() -> ClientAddresses.parse("10.0.0.0/33"))
        .hasMessageContaining("'10.0.0.0/33'");
  }
}
