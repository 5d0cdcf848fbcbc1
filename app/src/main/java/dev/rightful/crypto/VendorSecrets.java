package dev.rightful.crypto;

import dev.rightful.datamap.Recipient;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secret a vendor's webhook requests and callbacks are signed with ({@link WebhookSignature}, a
 * Standard Webhooks {@code whsec_} secret): the environment variable the map names in the vendor's
 * {@code secretEnv}, or {@value #SHARED} for a vendor that names none. Recipient notices, consent
 * propagation and vendor systems all read their keys here. Secrets are read from the environment on
 * each use and never stored in the map or the database. Thread-safe when the environment is.
 */
public final class VendorSecrets {
  /*
   * A vendor that names its own variable never falls back to the shared secret when that variable
   * is unset: the vendor would check the signature against a secret it does not know, and the shared
   * secret would sign messages for a party not meant to hold it. Its notices wait instead, with
   * the variable's name (not a secret) as the error staff see.
   */
  public static final String SHARED = "RIGHTFUL_WEBHOOK_SECRET";

  private final Function<String, String> env;

  /**
   * @param env reads one environment variable ({@code System::getenv} in a server; a map in tests)
   */
  public VendorSecrets(Function<String, String> env) {
    this.env = env;
  }

  /** The name of the variable holding the vendor's secret. */
  public static String variableOf(Recipient.Vendor vendor) {
    return variableOf(vendor.secretEnv());
  }

  /** The variable a vendor whose map entry names {@code secretEnv} (or null) is signed under. */
  public static String variableOf(String secretEnv) {
    return secretEnv != null ? secretEnv : SHARED;
  }

  /** Why a variable gives no signing key; the message names the variable, never its value. */
  public static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * The signing key the secret in variable {@code name} encodes.
   *
   * @throws Unusable when the variable is unset, or holds no Standard Webhooks secret
   */
  public byte[] key(String name) throws Unusable {
    String secret = read(name).orElseThrow(() -> new Unusable("no webhook secret: set " + name));
    return WebhookSignature.key(secret)
        .orElseThrow(
            () ->
                new Unusable(
                    name
                        + " is not a webhook secret: set it to "
                        + WebhookSignature.secretFormat()));
  }

  /** The vendor's secret; empty when its variable is unset or blank. */
  public Optional<String> secretFor(Recipient.Vendor vendor) {
    return read(variableOf(vendor));
  }

  /**
   * The value of the variable {@code name} (a vendor system's endpoint or secret, named in the
   * map); empty when it is unset or blank. There is no shared fallback for a system: its map entry
   * must name its own variables.
   */
  public Optional<String> read(String name) {
    String value = name == null ? null : env.apply(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
