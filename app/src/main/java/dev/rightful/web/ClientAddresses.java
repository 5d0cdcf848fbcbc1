package dev.rightful.web;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the client's address, which rate limits count (sign-in failures, one-time codes). Without
 * trusted proxies it is the connection's peer and {@code X-Forwarded-For} is ignored: anyone can
 * send that header. When the peer is a trusted proxy, it is the right-most address in {@code
 * X-Forwarded-For} that is not a trusted proxy itself: each proxy appends the address it saw, so
 * addresses left of the first untrusted one may be forged. Immutable.
 */
public final class ClientAddresses {
  /** Trusts no proxy: every request is counted by its connection's peer. */
  public static final ClientAddresses DIRECT = new ClientAddresses(List.of());

  private final List<IPAddress> trusted;

  private ClientAddresses(List<IPAddress> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /**
   * Reads a comma-separated list of addresses and CIDR blocks ({@code 127.0.0.1, 10.0.0.0/8, ::1});
   * blank trusts none. Throws {@link IllegalArgumentException} naming an entry that is not one;
   * host names are refused, since resolving them would make the answer depend on DNS.
   */
  public static ClientAddresses parse(String list) {
    List<IPAddress> trusted = new ArrayList<>();
    for (String entry : list.split(",")) {
      String text = entry.strip();
      if (text.isEmpty()) {
        continue;
      }
      IPAddress address = new IPAddressString(text).getAddress();
      if (address == null) {
        throw new IllegalArgumentException(
            "'" + text + "' is not an IP address or CIDR block, such as 10.0.0.0/8");
      }
      trusted.add(address.toPrefixBlock());
    }
    return new ClientAddresses(trusted);
  }

  /**
   * The client's address for a request from {@code peer} carrying {@code forwardedFor} (the
   * headers' values in order, or none).
   */
  public String resolve(String peer, List<String> forwardedFor) {
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      IPAddress hop = address(hops.get(i));
      if (hop == null || hop.isPrefixed()) {
        // A proxy we trust would not write this: stop at the last address it vouched for.
        return client;
      }
      client = hop.toCanonicalString();
      if (!isTrusted(hop)) {
        return client;
      }
    }
    return client;
  }

  /**
   * Whether {@code peer}, a connection's address, is a trusted proxy: only then may headers it adds
   * about the client (its address, its region) be believed.
   */
  public boolean trusts(String peer) {
    return peer != null && isTrusted(peer);
  }

  private boolean isTrusted(String text) {
    IPAddress address = address(text);
    return address != null && isTrusted(address);
  }

  /** An address as a peer or a proxy writes it, IPv6 possibly in brackets; null if it is none. */
  private static IPAddress address(String text) {
    String bare =
        text.length() > 2 && text.startsWith("[") && text.endsWith("]")
            ? text.substring(1, text.length() - 1)
            : text;
    return new IPAddressString(bare).getAddress();
  }

  private boolean isTrusted(IPAddress address) {
    return trusted.stream().anyMatch(block -> block.contains(address));
  }

  @Override
  public String toString() {
    return trusted.isEmpty() ? "direct" : "behind " + trusted;
  }
}
