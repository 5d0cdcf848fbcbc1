package dev.rightful.requests.agent;

import dev.rightful.crypto.DerivedSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the link with which a consumer confirms that an authorized agent may act for
 * them (7063(a)): the status link plus {@code /confirm-agent/<signature>}, the signature an HMAC of
 * the request id under a per-install secret. Stateless and thread-safe.
 */
public final class AgentConfirmationLinks {
  /*
   * The agent submits the request and so learns its status link; the confirmation must come from
   * the consumer. Only the email to the consumer carries the signature, so only someone who reads
   * the consumer's mail can confirm. Being derived rather than stored, the signature needs no
   * schema and stays valid as long as the key that made it is configured.
   */
  private static final String SEGMENT = "/confirm-agent/";

  private final List<SecretKeySpec> keys;

  /** The links of this install, signed with its derived secret for this purpose. */
  public static AgentConfirmationLinks from(DerivedSecrets secrets) {
    return new AgentConfirmationLinks(secrets.all("agent-confirmation"));
  }

  /**
   * @param secrets the secrets to check with, the one to sign with first
   */
  public AgentConfirmationLinks(List<byte[]> secrets) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one secret");
    }
    this.keys = secrets.stream().map(s -> new SecretKeySpec(s, "HmacSHA256")).toList();
  }

  /** The confirmation link for a request, from its status link. */
  public String confirmationLink(String statusLink, String requestId) {
    return statusLink + SEGMENT + signature(keys.get(0), requestId);
  }

  /** Whether {@code signature} is this install's signature for the request. */
  public boolean isValid(String requestId, String signature) {
    if (signature == null || signature.length() != 43) {
      return false;
    }
    byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
    boolean valid = false;
    for (SecretKeySpec key : keys) {
      valid |=
          MessageDigest.isEqual(
              signature(key, requestId).getBytes(StandardCharsets.US_ASCII), given);
    }
    return valid;
  }

  private static String signature(SecretKeySpec key, String requestId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] out =
          mac.doFinal(("agent-confirmation|" + requestId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
