package dev.rightful.web;

import com.github.kagkarlsson.scheduler.task.Task;
import io.javalin.config.JavalinConfig;
import java.util.List;

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

  /**
   * The background work that must run once per due time across all nodes (db-scheduler tasks): the
   * server runs them on its one scheduler, started after HTTP is serving.
   */
  default List<Task<?>> tasks() {
    return List.of();
  }

  /**
   * Starts background work that runs on every node (the mail dispatcher), after HTTP is serving.
   */
  default void start() {}

  /** Stops background work and releases what the module opened. */
  @Override
  default void close() {}
}
