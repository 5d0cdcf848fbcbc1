package dev.rightful.staff;

import dev.rightful.config.ConfigException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin on start-up from {@value #USERNAME_ENV} and {@value #PASSWORD_ENV} when
 * no enabled admin exists yet. Once one does, the variables are ignored (and should be removed).
 */
public final class StaffBootstrap {
  public static final String USERNAME_ENV = "RIGHTFUL_ADMIN_USERNAME";
  public static final String PASSWORD_ENV = "RIGHTFUL_ADMIN_PASSWORD";

  private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

  private StaffBootstrap() {}

  /**
   * Ensures there is an admin, creating one from the environment if there is none.
   *
   * @param env the process environment ({@code System.getenv()})
   * @return the admin created, or empty when there already was one or the variables are unset
   * @throws ConfigException when the variables are set but refused (e.g. a password under 12
   *     characters), so that start-up stops with a one-line reason
   */
  public static Optional<StaffUser> ensureFirstAdmin(StaffUsers users, Map<String, String> env) {
    if (users.anyEnabledAdmin()) {
      if (present(env, PASSWORD_ENV)) {
        log.warn("{} is ignored: an admin exists; remove it from the environment", PASSWORD_ENV);
      }
      return Optional.empty();
    }
    if (!present(env, USERNAME_ENV) || !present(env, PASSWORD_ENV)) {
      log.warn(
          "No staff admin exists. Create one with 'rightful admin create --username NAME', or set"
              + " {} and {} and start again.",
          USERNAME_ENV,
          PASSWORD_ENV);
      return Optional.empty();
    }
    String username = env.get(USERNAME_ENV);
    try {
      StaffUser admin = users.create(username, Role.ADMIN, env.get(PASSWORD_ENV), "bootstrap");
      log.info("Created the first staff admin from {}", USERNAME_ENV);
      return Optional.of(admin);
    } catch (StaffException e) {
      if (users.anyEnabledAdmin()) {
        return Optional.empty(); // another node created it first
      }
      throw new ConfigException(
          "cannot create the first admin from " + USERNAME_ENV + ": " + e.getMessage());
    }
  }

  private static boolean present(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }
}
