package dev.rightful.datamap.internal;

import java.util.regex.Pattern;

/**
 * The names of environment variables a map gives for secrets (a webhook's signing secret, a
 * database password): checked to be names, never the secret itself. Stateless.
 */
final class EnvNames {
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

  private EnvNames() {}

  /**
   * The name of the environment variable holding a webhook vendor's signing secret: the secret
   * itself never belongs in the map, which is reviewed and kept in version control.
   */
  static String secretEnv(Fields vendor) {
    String name = vendor.text("secretEnv");
    if (name == null) {
      return null;
    }
    Node at = vendor.node("secretEnv").orElseThrow();
    if (!ENV_NAME.matcher(name).matches()) {
      at.error(
          "'"
              + name
              + "' is not an environment variable name for 'secretEnv': use upper-case letters,"
              + " digits and _, such as ADCO_WEBHOOK_SECRET; the secret itself stays out of the"
              + " map");
      return null;
    }
    if (!vendor.has("webhook")) {
      at.error(
          "'secretEnv' signs webhook requests, but this vendor has no 'webhook': add one or remove"
              + " 'secretEnv'");
    }
    return name;
  }

  /**
   * The name of an environment variable a system's key names, or null (reported at the value) when
   * it is not one: a secret pasted in the map would be read by everyone who reads the map.
   */
  static String envName(Fields f, String key, String example) {
    String name = f.text(key);
    if (name != null && !ENV_NAME.matcher(name).matches()) {
      f.node(key)
          .orElseThrow()
          .error(
              "'"
                  + name
                  + "' is not an environment variable name for '"
                  + key
                  + "': use upper-case letters, digits and _, such as "
                  + example
                  + "; the secret itself stays out of the map");
      return null;
    }
    return name;
  }
}
