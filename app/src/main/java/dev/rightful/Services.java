package dev.rightful;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Problem;
import dev.rightful.notice.NoticeDocument;
import dev.rightful.store.Database;
import dev.rightful.systems.CompanyDatabases;
import java.time.Clock;
import java.util.List;

/**
 * The long-lived parts of a running Rightful, built once at start-up and handed to each feature's
 * routes by constructor: the validated data map with its lint findings and the notice generated
 * from it, Rightful's database, the company's databases and the clock.
 */
public record Services(
    DataMap dataMap,
    NoticeDocument notice,
    List<Problem> findings,
    Database database,
    CompanyDatabases companyDatabases,
    Clock clock,
    boolean devMode,
    String publicUrl) {}
