package dev.rightful;

import dev.rightful.config.LegalClock;
import dev.rightful.consent.ConsentModule;
import dev.rightful.crypto.Keys;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapException;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Lint;
import dev.rightful.datamap.Problem;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.requests.IntakeLimits;
import dev.rightful.staff.OidcSettings;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.web.ClientAddresses;
import dev.rightful.web.ServerModule;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Rightful server, the one composition root: loads and lints the data map, then builds
 * its modules (store, audit, staff, mail, retention, consent, notice, requests with verification,
 * fulfilment, console), serves their routes and starts their work: the tasks they contribute run on
 * the node's one db-scheduler ({@link WorkModule}). {@link #close()} stops it gracefully.
 */
public final class App implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(App.class);

  /** What a server needs to start; the CLI builds it from {@code Config}. */
  public record Settings(
      boolean devMode,
      String host,
      int port,
      Path dataMapDir,
      String dbUrl,
      String dbUser,
      String dbPassword,
      int dbPoolSize,
      String publicUrl,
      CompanyDatabases.Target companyFallback,
      Keys keys,
      LegalClock legalClock,
      SmtpSettings smtp,
      Duration mailPollInterval,
      Clock clock,
      List<String> consentOrigins,
      VerificationSettings verification,
      ClientAddresses clientAddresses,
      RecordKeeping recordKeeping,
      IntakeLimits intakeLimits,
      boolean benchBaseline,
      int consentCmpId,
      OidcSettings oidc,
      String consentRegionHeader) {
    /**
     * The settings of a server without the benchmarks' bare endpoint, with CMP id 0 (unregistered)
     * and no single sign-on, as most tests use; the {@code with…} methods set those.
     */
    public Settings(
        boolean devMode,
        String host,
        int port,
        Path dataMapDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        String publicUrl,
        CompanyDatabases.Target companyFallback,
        Keys keys,
        LegalClock legalClock,
        SmtpSettings smtp,
        Duration mailPollInterval,
        Clock clock,
        List<String> consentOrigins,
        VerificationSettings verification,
        ClientAddresses clientAddresses,
        RecordKeeping recordKeeping,
        IntakeLimits intakeLimits) {
      this(
          devMode,
          host,
          port,
          dataMapDir,
          dbUrl,
          dbUser,
          dbPassword,
          dbPoolSize,
          publicUrl,
          companyFallback,
          keys,
          legalClock,
          smtp,
          mailPollInterval,
          clock,
          consentOrigins,
          verification,
          clientAddresses,
          recordKeeping,
          intakeLimits,
          false,
          0,
          null,
          null);
    }

    /** These settings with the benchmarks' bare endpoint on or off. */
    public Settings withBenchBaseline(boolean on) {
      return new Settings(
          devMode,
          host,
          port,
          dataMapDir,
          dbUrl,
          dbUser,
          dbPassword,
          dbPoolSize,
          publicUrl,
          companyFallback,
          keys,
          legalClock,
          smtp,
          mailPollInterval,
          clock,
          consentOrigins,
          verification,
          clientAddresses,
          recordKeeping,
          intakeLimits,
          on,
          consentCmpId,
          oidc,
          consentRegionHeader);
    }

    /** These settings with the CMP id the IAB assigned (0: unregistered). */
    public Settings withConsentCmpId(int id) {
      return new Settings(
          devMode,
          host,
          port,
          dataMapDir,
          dbUrl,
          dbUser,
          dbPassword,
          dbPoolSize,
          publicUrl,
          companyFallback,
          keys,
          legalClock,
          smtp,
          mailPollInterval,
          clock,
          consentOrigins,
          verification,
          clientAddresses,
          recordKeeping,
          intakeLimits,
          benchBaseline,
          id,
          oidc,
          consentRegionHeader);
    }

    /** These settings with staff single sign-on ({@code null}: off). */
    public Settings withOidc(OidcSettings sso) {
      return new Settings(
          devMode,
          host,
          port,
          dataMapDir,
          dbUrl,
          dbUser,
          dbPassword,
          dbPoolSize,
          publicUrl,
          companyFallback,
          keys,
          legalClock,
          smtp,
          mailPollInterval,
          clock,
          consentOrigins,
          verification,
          clientAddresses,
          recordKeeping,
          intakeLimits,
          benchBaseline,
          consentCmpId,
          sso,
          consentRegionHeader);
    }

    /**
     * These settings reading the visitor's US state from {@code header} (null: none), set by a
     * trusted proxy.
     */
    public Settings withConsentRegionHeader(String header) {
      return new Settings(
          devMode,
          host,
          port,
          dataMapDir,
          dbUrl,
          dbUser,
          dbPassword,
          dbPoolSize,
          publicUrl,
          companyFallback,
          keys,
          legalClock,
          smtp,
          mailPollInterval,
          clock,
          consentOrigins,
          verification,
          clientAddresses,
          recordKeeping,
          intakeLimits,
          benchBaseline,
          consentCmpId,
          oidc,
          header);
    }

    /** Whether consumers reach this server over HTTPS: cookies are then marked Secure. */
    public boolean https() {
      return publicUrl != null && publicUrl.startsWith("https:");
    }
  }

  private final Services services;
  private final List<ServerModule> modules;
  private final Javalin web;

  private App(Services services, List<ServerModule> modules, Javalin web) {
    this.services = services;
    this.modules = modules;
    this.web = web;
  }

  /**
   * Starts a server. Throws {@link dev.rightful.datamap.DataMapException} when the data map has
   * errors (lint errors included): Rightful never publishes a notice its map contradicts.
   */
  public static App start(Settings settings) {
    return start(settings, System::getenv);
  }

  /**
   * As {@link #start(Settings)}, reading webhook secrets (each vendor's {@code secretEnv}, else
   * {@code RIGHTFUL_WEBHOOK_SECRET}) through {@code env} rather than the process environment.
   *
   * <p>The modules, in the order they are built, their routes registered and their work started;
   * each is handed the modules it uses. Closing runs in reverse, so the database closes last.
   */
  public static App start(Settings settings, Function<String, String> env) {
    DataMap map = checkedMap(settings);
    List<ServerModule> modules = new ArrayList<>();
    // Made first, as modules record in it; MetricsModule, built last, serves it and closes it.
    PrometheusMeterRegistry meters = MetricsModule.newRegistry();
    try {
      add(modules, new BrandModule(map));
      StoreModule store = add(modules, new StoreModule(settings, map));
      AuditModule audit = add(modules, new AuditModule(store, settings.clock()));
      StaffModule staff = add(modules, new StaffModule(settings, store, audit));
      MailModule mail = add(modules, new MailModule(settings, map, store));
      RetentionModule retention =
          add(modules, new RetentionModule(settings, map, store, audit, staff));
      ConsentModule consent =
          add(modules, ConsentWiring.module(settings, map, store, staff, mail, env, meters));
      NoticeModule notice = add(modules, new NoticeModule(settings, map, store));
      RequestsModule requests =
          add(modules, new RequestsModule(settings, map, store, audit, staff, mail, consent));
      consent.limitWrites(requests.limiter::consentWriteFrom);
      FulfilModule fulfil =
          add(
              modules,
              new FulfilModule(
                  settings, map, store, audit, staff, mail, requests, retention, env, meters));
      add(
          modules,
          new ConsoleModule(
              settings, map, store, audit, staff, requests, fulfil, retention, consent));
      if (settings.benchBaseline()) {
        add(modules, new BenchBaselineModule(store.database));
      }
      add(modules, new MetricsModule(settings, meters, store, staff, mail, retention, fulfil));
      // Last: its tasks come from the modules above, and it starts after them and stops first.
      WorkModule work = add(modules, new WorkModule(store, modules));
      fulfil.fulfilment.scheduler().use(work.client());
      Javalin web = WebApp.create(settings.https(), settings.clientAddresses(), modules);
      web.start(settings.host(), settings.port());
      modules.forEach(ServerModule::start);
      log.debug("request events heard by: {}", requests.events.names());
      Services services =
          new Services(
              map,
              notice.notice,
              store.database,
              audit.audit,
              store.pi,
              staff.staff,
              store.company,
              settings.legalClock(),
              settings.clock(),
              store.secrets,
              mail.messages,
              mail.outbox,
              requests.requests,
              consent,
              requests.verification,
              fulfil.fulfilment);
      return new App(services, List.copyOf(modules), web);
    } catch (RuntimeException e) {
      closeAll(modules);
      meters.close();
      throw e;
    }
  }

  /** The map, loaded and linted: a map with errors never reaches a running server. */
  private static DataMap checkedMap(Settings settings) {
    DataMapLoader.Result loaded = DataMapLoader.load(settings.dataMapDir());
    DataMap map = loaded.orThrow();
    // What validate warns of (an identity table filtered by a period) is told at start too.
    loaded.problems().forEach(p -> log.warn("data map: {}", p.format()));
    List<Problem> findings = new Lint(settings.clock()).check(map, settings.publicUrl());
    if (findings.stream().anyMatch(Problem::isError)) {
      throw new DataMapException(findings);
    }
    findings.forEach(p -> log.warn("data map: {}", p.format()));
    return map;
  }

  private static <M extends ServerModule> M add(List<ServerModule> modules, M module) {
    modules.add(module);
    return module;
  }

  private static void closeAll(List<ServerModule> modules) {
    for (int i = modules.size() - 1; i >= 0; i--) {
      ServerModule module = modules.get(i);
      try {
        module.close();
      } catch (RuntimeException e) {
        log.warn("closing {} failed", module.getClass().getSimpleName(), e);
      }
    }
  }

  /**
   * Every HTTP route served, as {@code "GET /path"}, for docs and the OpenAPI completeness test.
   */
  public List<String> routes() {
    return web.unsafe.internalRouter.allHttpHandlers().stream()
        .map(route -> route.endpoint.method.name() + " " + route.endpoint.path)
        .filter(route -> !route.startsWith("BEFORE") && !route.startsWith("AFTER"))
        .sorted()
        .toList();
  }

  public int port() {
    return web.port();
  }

  public Services services() {
    return services;
  }

  @Override
  public void close() {
    // HTTP first, so no request reaches a module that is closing.
    web.stop();
    closeAll(modules);
  }
}
