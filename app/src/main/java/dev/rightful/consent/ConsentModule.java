package dev.rightful.consent;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.rightful.audit.AuditLog;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.datamap.Brand;
import dev.rightful.datamap.DataMap;
import dev.rightful.law.Deadlines;
import dev.rightful.store.Database;
import dev.rightful.web.AddressLimit;
import dev.rightful.web.ClientAddresses;
import dev.rightful.web.Csrf;
import dev.rightful.web.ServerModule;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The consent capability, wired: the ledger service with its decision cache, GPP strings,
 * propagation and its worker, and the routes (browser endpoints, the cookie tool's files, the
 * privacy-center pages, the service API). Built once at start-up from plain objects; the worker's
 * runs are a recurring task ({@link #tasks}) of the node's scheduler. Thread-safe.
 */
public final class ConsentModule implements ServerModule {
  /** The largest CMP id: the IAB's consent strings hold it in 12 bits. */
  public static final int MAX_CMP_ID = 4095;

  private final Config config;
  private final ConsentService service;
  private final GppStrings gpp;
  private final Propagation propagation;
  private final PropagationWorker worker;
  private final BrowserRoutes browser;
  private final PrivacyPages pages;
  private final ConsentApiRoutes api;
  private final AssetRoutes assets;

  /**
   * What the capability needs. {@code secret} (at least 32 bytes) signs form tokens and opt-in
   * confirmations; {@code env} reads the vendors' webhook secrets (each vendor's {@code secretEnv},
   * else RIGHTFUL_WEBHOOK_SECRET; null reads the process environment); {@code origins} are sites
   * besides the data map's website and {@code publicUrl} that may embed the cookie tool; {@code
   * propagationEvery} null leaves the worker without a task (tests run it by hand); {@code cmpId}
   * is the id the IAB assigned the company's CMP registration, 0 when it has none; {@code
   * regionHeader} names the header in which the operator's CDN or proxy tells the visitor's US
   * state (null: none), believed only from {@code proxies}.
   */
  public record Config(
      DataMap dataMap,
      Database database,
      Clock clock,
      byte[] secret,
      EmailHasher emailHasher,
      ServiceAuth serviceAuth,
      ConsentMailer mailer,
      String publicUrl,
      Set<String> origins,
      boolean secureCookies,
      boolean mspaCovered,
      Duration cacheTtl,
      long cacheSize,
      Duration propagationEvery,
      Function<String, String> env,
      int cmpId,
      String regionHeader,
      ClientAddresses proxies) {

    /** A configuration that reads no region header. */
    public Config(
        DataMap dataMap,
        Database database,
        Clock clock,
        byte[] secret,
        EmailHasher emailHasher,
        ServiceAuth serviceAuth,
        ConsentMailer mailer,
        String publicUrl,
        Set<String> origins,
        boolean secureCookies,
        boolean mspaCovered,
        Duration cacheTtl,
        long cacheSize,
        Duration propagationEvery,
        Function<String, String> env,
        int cmpId) {
      this(
          dataMap,
          database,
          clock,
          secret,
          emailHasher,
          serviceAuth,
          mailer,
          publicUrl,
          origins,
          secureCookies,
          mspaCovered,
          cacheTtl,
          cacheSize,
          propagationEvery,
          env,
          cmpId,
          null,
          ClientAddresses.DIRECT);
    }

    /** A configuration with CMP id 0, unregistered. */
    public Config(
        DataMap dataMap,
        Database database,
        Clock clock,
        byte[] secret,
        EmailHasher emailHasher,
        ServiceAuth serviceAuth,
        ConsentMailer mailer,
        String publicUrl,
        Set<String> origins,
        boolean secureCookies,
        boolean mspaCovered,
        Duration cacheTtl,
        long cacheSize,
        Duration propagationEvery,
        Function<String, String> env) {
      this(
          dataMap,
          database,
          clock,
          secret,
          emailHasher,
          serviceAuth,
          mailer,
          publicUrl,
          origins,
          secureCookies,
          mspaCovered,
          cacheTtl,
          cacheSize,
          propagationEvery,
          env,
          0);
    }

    public Config {
      if (cmpId < 0 || cmpId > MAX_CMP_ID) {
        throw new IllegalArgumentException("a CMP id is between 0 and " + MAX_CMP_ID);
      }
      Objects.requireNonNull(dataMap, "dataMap");
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(serviceAuth, "serviceAuth");
      Objects.requireNonNull(mailer, "mailer");
      if (secret == null || secret.length < 32) {
        throw new IllegalArgumentException("the consent secret needs at least 32 bytes");
      }
      emailHasher = emailHasher != null ? emailHasher : EmailHasher.hmacSha256(secret);
      origins = origins == null ? Set.of() : Set.copyOf(origins);
      cacheTtl = cacheTtl != null ? cacheTtl : Duration.ofSeconds(30);
      cacheSize = cacheSize > 0 ? cacheSize : 1_000_000;
      env = env != null ? env : System::getenv;
      proxies = proxies != null ? proxies : ClientAddresses.DIRECT;
    }

    /** The usual settings: a 30-second cache of a million subjects, the worker every 30 s. */
    public static Config of(
        DataMap dataMap,
        Database database,
        Clock clock,
        byte[] secret,
        ServiceAuth serviceAuth,
        ConsentMailer mailer,
        String publicUrl) {
      return new Config(
          dataMap,
          database,
          clock,
          secret,
          null,
          serviceAuth,
          mailer,
          publicUrl,
          Set.of(),
          publicUrl != null && publicUrl.startsWith("https:"),
          false,
          null,
          0,
          Duration.ofSeconds(30),
          null);
    }
  }

  private ConsentModule(Config config, MeterRegistry meters) {
    this.config = config;
    Practices practices = Practices.of(config.dataMap());
    ConsentRules rules = new ConsentRules(practices, config.dataMap().jurisdictions());
    this.gpp =
        new GppStrings(rules, config.mspaCovered(), config.dataMap().jurisdictions().operates());
    // The machine clients' changes go into the one hash-chained log; its sequencer chains them.
    ClientAudit audit =
        new ClientAudit(new AuditLog(config.database().jdbi(), config.clock()), config.secret());
    this.propagation =
        new Propagation(
            config.database().jdbi(), practices, gpp, Deadlines.standard(), config.clock());
    this.service =
        new ConsentService(
            config.database().jdbi(),
            rules,
            config.emailHasher(),
            config.clock(),
            propagation,
            audit,
            config.cacheTtl(),
            config.cacheSize());
    this.worker =
        new PropagationWorker(
            config.database().jdbi(),
            config.mailer(),
            new VendorSecrets(config.env()),
            practices,
            config.clock());
    Set<String> origins = new LinkedHashSet<>(config.origins());
    if (config.dataMap().business() != null && config.dataMap().business().website() != null) {
      origins.add(config.dataMap().business().website());
    }
    if (config.publicUrl() != null) {
      origins.add(config.publicUrl());
    }
    DeviceCookie devices = new DeviceCookie(config.secureCookies());
    // The purpose is part of every signature: changing it would void the forms open in browsers.
    Csrf csrf = new Csrf("consent-form", List.of(config.secret()), config.clock());
    Optional<BannerNotice> banner = BannerNotice.of(config.dataMap(), config.publicUrl());
    this.browser =
        new BrowserRoutes(
            service,
            new BrowserViews(rules, gpp, config.clock()),
            devices,
            new OptInConfirmations(config.secret(), config.clock()),
            new ConsentCors(origins),
            config.publicUrl(),
            banner.map(BannerNotice::line).orElse(null),
            banner.map(BannerNotice::path).orElse(null),
            new VisitorRegion(config.regionHeader(), config.proxies()));
    var contact =
        config.dataMap().business() == null ? null : config.dataMap().business().contact();
    this.pages =
        new PrivacyPages(
            service,
            devices,
            csrf,
            TemplateEngine.createPrecompiled(ContentType.Html),
            contact == null ? null : contact.tollFree(),
            contact == null ? null : contact.email(),
            config.dataMap().offersLimitLink());
    this.api =
        new ConsentApiRoutes(
            service, gpp, propagation, audit, config.serviceAuth(), new DecisionMeters(meters));
    this.assets =
        new AssetRoutes(
            practices,
            config.cmpId(),
            gpp.supportedApis(),
            config.dataMap().business() == null
                ? Brand.DEFAULT_COLOR
                : config.dataMap().business().brand().primaryColor(),
            config.dataMap().business() == null
                ? List.of()
                : config.dataMap().business().languages());
  }

  /** Builds the capability. */
  public static ConsentModule create(Config config) {
    // A registry with no backend: its meters record nothing.
    return create(config, new CompositeMeterRegistry());
  }

  /** As {@link #create(Config)}, timing the decision endpoints in {@code meters}. */
  public static ConsentModule create(Config config, MeterRegistry meters) {
    return new ConsentModule(config, meters);
  }

  /**
   * The propagation worker's runs, every {@code propagationEvery}, when the config asks for them.
   */
  @Override
  public List<Task<?>> tasks() {
    return config.propagationEvery() == null
        ? List.of()
        : List.of(worker.task(config.propagationEvery()));
  }

  /** Adds every consent route and the cookie tool's CORS; call inside {@code Javalin.create}. */
  public void register(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    assets.register(routes);
    pages.register(routes);
    browser.register(config);
    api.register(routes);
  }

  /**
   * Limits the public's consent writes (the opt-out form, the cookie tool's and GPC's choices) per
   * client address; call before {@link #register}.
   */
  public ConsentModule limitWrites(AddressLimit writes) {
    pages.limitWrites(writes);
    browser.limitWrites(writes);
    return this;
  }

  public ConsentService service() {
    return service;
  }

  public GppStrings gpp() {
    return gpp;
  }

  public Propagation propagation() {
    return propagation;
  }

  public PropagationWorker worker() {
    return worker;
  }

  public Config config() {
    return config;
  }
}
