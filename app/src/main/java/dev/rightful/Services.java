package dev.rightful;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Problem;
import dev.rightful.store.Database;
import java.time.Clock;
import java.util.List;

/**
 * The long-lived parts of a running Rightful, built once at start-up and handed to each feature's
 * routes by constructor: the validated data map with its lint findings, the database and the clock.
 */
public record Services(
    DataMap dataMap,
    List<Problem> findings,
    Database database,
    Clock clock,
    boolean devMode,
    String publicUrl) {}
