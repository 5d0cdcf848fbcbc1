package dev.rightful.web;

import io.javalin.config.JavalinConfig;

/**
 * A part of a running server: the routes it serves and the background work it runs. The server
 * builds its modules in order, registers their routes in that order, starts their work once HTTP is
 * up, and closes them in reverse order.
 */
public interface ServerModule extends AutoCloseable {
  /**
   * Registers this module's routes (on {@code config.routes}) and any plugin they need (CORS); a
   * module that serves none keeps the default.
   */
  default void register(JavalinConfig config) {}

  /** Starts background work (schedulers, sweeps, workers), after HTTP is serving. */
  default void start() {}

  /** Stops background work and releases what the module opened. */
  @Override
  default void close() {}
}
