package dev.rightful.bench.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.audit.AuditSequencer;
import dev.rightful.config.LegalClock;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.datamap.DataMap;
import dev.rightful.demo.DemoData;
import dev.rightful.fulfil.Fulfilment;
import dev.rightful.fulfil.FulfilmentService;
import dev.rightful.fulfil.notify.Notices;
import dev.rightful.law.RequestType;
import dev.rightful.mail.CompanyContact;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.Channel;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.Requester;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import dev.rightful.retention.Holds;
import dev.rightful.store.Database;
import dev.rightful.systems.CompanyDatabases;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deletion requests end to end through the real services, as the server wires them: verified delete
 * requests created with {@link RequestService}, started with {@link Fulfilment#start} (the
 * console's and the API's path), fulfilled by the db-scheduler task {@code fulfil-request} against
 * the generated 1M-consumer company database in PostgreSQL, with Rightful's own database in a fresh
 * PostgreSQL schema ({@code bench_rightful}). Measures requests per second from the first start to
 * the last completion, and samples the heap every 50 ms.
 *
 * <p>Usage (from the repository root): {@code java -Xmx512m -cp bench/target/benchmarks.jar
 * dev.rightful.bench.fulfil.DeletionThroughput 1000 [results.json]}
 */
public final class DeletionThroughput {
  private static final String RIGHTFUL =
      "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_rightful";

  private DeletionThroughput() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path results = args.length > 1 ? Path.of(args[1]) : null;
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS bench_rightful CASCADE");
      s.execute("CREATE SCHEMA bench_rightful");
    }
    DataMap map = DemoCompany.map();
    Clock clock = Clock.systemUTC();
    Keys keys = Keys.parse(Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'));
    CompanyDatabases company =
        CompanyDatabases.resolve(
            map,
            Map.of(
                "COMPANY_DB_URL",
                DemoCompany.POSTGRESQL.url,
                "COMPANY_DB_USER",
                "postgres",
                "COMPANY_DB_PASSWORD",
                ""),
            null);
    // The server's default pool size (Options.DB_POOL_SIZE).
    try (Database database = Database.open(RIGHTFUL, "postgres", "", 10)) {
      CryptoPiProtection pi = new CryptoPiProtection(keys);
      AuditLog audit = new AuditLog(database.jdbi(), clock);
      // As the server runs it (App): events are linked into the hash chain in the background.
      AuditSequencer sequencer = new AuditSequencer(audit, AuditSequencer.INTERVAL);
      sequencer.start();
      Outbox outbox = new Outbox(database.jdbi(), pi, clock);
      Messages messages = new Messages(CompanyContact.from(map.business(), null), clock);
      LegalClock legal = LegalClock.standard();
      RequestService service =
          new RequestService(
              database.jdbi(),
              new RequestRepository(pi),
              legal.deadlines(),
              clock,
              legal.zone(),
              (handle, actor, action, request, facts) ->
                  audit.append(
                      handle, new AuditEntry(actor, action, "request", request.id(), facts)),
              new MailRequestMessages(messages, outbox),
              null);
      Fulfilment fulfilment =
          new Fulfilment(
              new Fulfilment.Parts(
                  map,
                  database.jdbi(),
                  pi,
                  service,
                  audit,
                  Fulfilment.jdbcConnectors(company),
                  new Notices(database.jdbi(), map, audit, clock),
                  new Holds(database.jdbi(), pi, clock),
                  System::getenv,
                  messages,
                  outbox,
                  new FulfilmentService.Settings(
                      Fulfilment.MAX_ATTEMPTS,
                      Duration.ofDays(7),
                      "https://privacy.example.com",
                      legal.zone()),
                  Duration.ofSeconds(30),
                  clock,
                  // Meters recording nothing, as a server without a scrape would.
                  new io.micrometer.core.instrument.composite.CompositeMeterRegistry()));

      // A server runs for days: the JIT has compiled the fulfilment path long before a burst of
      // requests. Without a warm-up the compiler threads took more CPU than fulfilment did.
      int warmup = Integer.getInteger("bench.warmup", 300);
      List<String> ids = new ArrayList<>();
      long made = System.nanoTime();
      try (Connection c = company.find("company_db").orElseThrow().getConnection()) {
        long consumers = DemoCompany.consumers(c);
        long cursor = DemoCompany.reserve(c, warmup + requests, consumers);
        for (int i = 0; i < warmup + requests; i++) {
          String email = DemoData.email(DemoCompany.consumer(cursor + i, consumers));
          String id =
              service
                  .submit(
                      new Submission(
                          RequestType.DELETE,
                          Channel.API,
                          new Subject(email, null, "Bench Consumer", null, null),
                          Requester.consumer(),
                          null,
                          null,
                          null,
                          List.of(),
                          null,
                          null),
                      "consumer")
                  .request()
                  .id();
          service.recordVerification(
              id, new RequestService.Verification(2, false, "bench"), "staff:bench");
          ids.add(id);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%d verified delete requests made in %.1f s (not timed)%n",
          warmup + requests,
          (System.nanoTime() - made) / 1e9);

      AtomicLong sampledPeak = new AtomicLong();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(
          () -> sampledPeak.accumulateAndGet(heapUsed(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
      // The server's polling interval (App); enableImmediateExecution wakes it on each start.
      int threads = Integer.getInteger("bench.threads", 0);
      if (threads > 0) {
        fulfilment.scheduler().start(database.dataSource(), Duration.ofSeconds(5), threads);
      } else {
        fulfilment.scheduler().start(database.dataSource(), Duration.ofSeconds(5));
      }
      for (String id : ids.subList(0, warmup)) {
        fulfilment.start(id, "staff:bench");
      }
      while (count(database, "SELECT COUNT(*) FROM rights_request WHERE status = 'completed'")
          < warmup) {
        Thread.sleep(20);
      }
      System.out.printf(Locale.ROOT, "%d warm-up requests carried out (not timed)%n", warmup);
      audit.chainPending(); // so the count below is of every event so far
      long eventsBefore = count(database, "SELECT COUNT(*) FROM audit_event");
      long began = System.nanoTime();
      // Staff start requests through the API, several at once (bench.starters HTTP clients).
      int starters = Integer.getInteger("bench.starters", 1);
      java.util.concurrent.ExecutorService starting = Executors.newFixedThreadPool(starters);
      for (String id : ids.subList(warmup, ids.size())) {
        starting.execute(() -> fulfilment.start(id, "staff:bench"));
      }
      starting.shutdown();
      starting.awaitTermination(10, TimeUnit.MINUTES);
      long started = System.nanoTime();
      long completed = 0;
      while (completed < requests && System.nanoTime() - began < TimeUnit.MINUTES.toNanos(10)) {
        Thread.sleep(20);
        completed =
            count(database, "SELECT COUNT(*) FROM rights_request WHERE status = 'completed'")
                - warmup;
      }
      long ended = System.nanoTime();
      fulfilment.close();
      sequencer.close();
      sampler.shutdown();
      long events = count(database, "SELECT COUNT(*) FROM audit_event") - eventsBefore;
      double appends = auditAppendsPerSecond(audit, threads > 0 ? threads : 4);
      long blocked = count(database, "SELECT COUNT(*) FROM fulfil_job WHERE status = 'blocked'");
      long failed = count(database, "SELECT COUNT(*) FROM fulfil_job WHERE attempts > 0");
      double seconds = (ended - began) / 1e9;
      long poolPeaks = heapPoolPeaks();
      String line =
          String.format(
              Locale.ROOT,
              "{\"threads\":%d,\"starters\":%d,\"warmup\":%d,\"requests\":%d,\"completed\":%d,\"seconds\":%.3f,\"requestsPerSecond\":%.1f,"
                  + "\"startSeconds\":%.3f,\"blockedSteps\":%d,\"stepsWithFailures\":%d,"
                  + "\"auditEventsPerRequest\":%.1f,\"auditAppendsPerSecond\":%.0f,"
                  + "\"sampledPeakHeapMb\":%d,\"heapPoolPeaksMb\":%d,\"maxHeapMb\":%d,"
                  + "\"loadAverage\":\"%s\"}",
              threads,
              starters,
              warmup,
              requests,
              completed,
              seconds,
              completed / seconds,
              (started - began) / 1e9,
              blocked,
              failed,
              (double) events / requests,
              appends,
              sampledPeak.get() >> 20,
              poolPeaks >> 20,
              Runtime.getRuntime().maxMemory() >> 20,
              Files.readString(Path.of("/proc/loadavg")).strip());
      System.out.println("RESULT " + line);
      if (results != null) {
        Files.writeString(
            results, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      if (completed < requests || blocked > 0) {
        System.exit(1);
      }
    } finally {
      company.close();
    }
  }

  /**
   * The ceiling the audit chain sets: appends per second from {@code threads} threads for 5 s, each
   * its own transaction. Every append takes the chain head's row lock until it commits, so appends
   * are serial however many threads make them.
   */
  private static double auditAppendsPerSecond(AuditLog audit, int threads) throws Exception {
    AtomicLong appended = new AtomicLong();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(threads);
    long began = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.execute(
          () -> {
            while (System.nanoTime() < until) {
              audit.append(new AuditEntry("system", "bench.append", "request", "bench", Map.of()));
              appended.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    return appended.get() / ((System.nanoTime() - began) / 1e9);
  }

  private static long count(Database database, String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The sum of the heap pools' peaks since start: an upper bound of the peak heap in use. */
  static long heapPoolPeaks() {
    long peak = 0;
    for (MemoryPoolMXBean memory : ManagementFactory.getMemoryPoolMXBeans()) {
      if (memory.getType() == MemoryType.HEAP) {
        peak += memory.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
