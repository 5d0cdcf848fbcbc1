package dev.rightful;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.audit.AuditSequencer;
import dev.rightful.audit.StaffAuditSink;
import dev.rightful.audit.SweepAuditRecorder;
import dev.rightful.config.LegalClock;
import dev.rightful.consent.ConsentModule;
import dev.rightful.consent.OutboxConsentMailer;
import dev.rightful.consent.RightsRequestOptOuts;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.DerivedSecrets;
import dev.rightful.crypto.Keys;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Lint;
import dev.rightful.datamap.Problem;
import dev.rightful.fulfil.Fulfilment;
import dev.rightful.fulfil.FulfilmentService;
import dev.rightful.fulfil.notify.Notices;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.CompanyContact;
import dev.rightful.mail.Dispatcher;
import dev.rightful.mail.DispatcherSettings;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.notice.NoticeBuilder;
import dev.rightful.notice.NoticeDocument;
import dev.rightful.notice.NoticePublisher;
import dev.rightful.notice.NoticeRoutes;
import dev.rightful.requests.DirectMarketingAnswer;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RecordsPurge;
import dev.rightful.requests.RecordsPurgeScheduler;
import dev.rightful.requests.RequestEvents;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.agent.AgentConfirmationLinks;
import dev.rightful.requests.agent.AgentConfirmationMail;
import dev.rightful.requests.agent.AgentPermissions;
import dev.rightful.retention.Holds;
import dev.rightful.retention.RetentionScheduler;
import dev.rightful.retention.RetentionSweeper;
import dev.rightful.staff.Staff;
import dev.rightful.staff.StaffBootstrap;
import dev.rightful.store.Database;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.verify.DataPointMatcher;
import dev.rightful.verify.OneTimeCodes;
import dev.rightful.verify.RequiredTiers;
import dev.rightful.verify.VerificationEvidence;
import dev.rightful.verify.VerificationService;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.verify.VerificationSweep;
import dev.rightful.web.ClientAddresses;
import dev.rightful.web.Json;
import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Rightful server: loads and lints the data map, opens and migrates the database,
 * publishes the notice and serves HTTP. {@link #close()} stops it gracefully.
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
      RecordKeeping recordKeeping) {}

  private final Services services;
  private final Dispatcher mail;
  private final RetentionScheduler retention;
  private final RecordsPurgeScheduler records;
  private final VerificationSweep sweep;
  private final AuditSequencer sequencer;
  private final Javalin web;

  private App(
      Services services,
      Dispatcher mail,
      VerificationSweep sweep,
      RetentionScheduler retention,
      RecordsPurgeScheduler records,
      AuditSequencer sequencer,
      Javalin web) {
    this.retention = retention;
    this.records = records;
    this.sequencer = sequencer;
    this.services = services;
    this.mail = mail;
    this.sweep = sweep;
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
   */
  public static App start(Settings settings, java.util.function.Function<String, String> env) {
    DataMapLoader.Result loaded = DataMapLoader.load(settings.dataMapDir());
    DataMap map = loaded.orThrow();
    // What validate warns of (an identity table filtered by a period) is told at start too.
    loaded.problems().forEach(p -> log.warn("data map: {}", p.format()));
    List<Problem> findings = new Lint(settings.clock()).check(map, settings.publicUrl());
    List<Problem> all = new ArrayList<>(findings);
    if (all.stream().anyMatch(Problem::isError)) {
      throw new dev.rightful.datamap.DataMapException(all);
    }
    findings.forEach(p -> log.warn("data map: {}", p.format()));
    CompanyDatabases company =
        CompanyDatabases.resolve(map, System.getenv(), settings.companyFallback());
    Database database =
        Database.open(
            settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.dbPoolSize());
    CryptoPiProtection pi = new CryptoPiProtection(settings.keys());
    Outbox outbox = new Outbox(database.jdbi(), pi, settings.clock());
    Dispatcher mail =
        new Dispatcher(
            outbox,
            settings.smtp(),
            DispatcherSettings.every(settings.mailPollInterval()),
            settings.clock());
    ConsentModule consent = null;
    OneTimeCodes codes =
        new OneTimeCodes(database.jdbi(), pi, settings.clock(), settings.verification());
    VerificationSweep sweep = null;
    AuditLog audit = new AuditLog(database.jdbi(), settings.clock());
    AuditSequencer sequencer = new AuditSequencer(audit, AuditSequencer.INTERVAL);
    sequencer.start();
    try {
      // Legal holds placed before V14 kept the consumer's identifier in plain text: seal them
      // before anything reads holds (sweeps, deletions).
      Holds holds = new Holds(database.jdbi(), pi, settings.clock());
      int sealed = holds.sealPlaintext();
      if (sealed > 0) {
        log.info("sealed the identifiers of {} legal holds stored in plain text", sealed);
      }
      Staff staff = Staff.create(database.jdbi(), settings.clock(), new StaffAuditSink(audit));
      StaffBootstrap.ensureFirstAdmin(staff.users(), System.getenv());
      // This server serves the privacy center the notice tells consumers to use: without a public
      // address (start-dev), the notice links it by path, not the map's outside page (rule 1).
      NoticeDocument notice =
          new NoticeBuilder().build(map, settings.publicUrl() == null ? "" : settings.publicUrl());
      DerivedSecrets secrets = new DerivedSecrets(settings.keys());
      Messages messages =
          new Messages(CompanyContact.from(map.business(), settings.publicUrl()), settings.clock());
      consent =
          ConsentModule.create(
              new ConsentModule.Config(
                  map,
                  database,
                  settings.clock(),
                  secrets.current("consent"),
                  email -> pi.emailKey(email),
                  ctx -> staff.serviceTokens().isService(ctx.header("Authorization")),
                  new OutboxConsentMailer(database.jdbi(), messages, outbox),
                  settings.publicUrl(),
                  Set.copyOf(settings.consentOrigins()),
                  settings.publicUrl() != null && settings.publicUrl().startsWith("https:"),
                  false,
                  Duration.ofSeconds(30),
                  1_000_000,
                  Duration.ofSeconds(30)));
      AgentPermissions permissions = new AgentPermissions(pi, settings.clock());
      RightsRequestOptOuts optOuts = new RightsRequestOptOuts(consent.service());
      Notices notices = new Notices(database.jdbi(), map, audit, settings.clock());
      // Closing a request also deletes its verification data (rule 15).
      RequestEvents events =
          new VerificationEvidence(
              (handle, actor, action, request, facts) -> {
                if (action.equals("request.received")) {
                  optOuts.received(request);
                  // Consent propagation leaves a request's opt-out to these notices.
                  notices.received(handle, request);
                }
                if (VerificationEvidence.closes(action)) {
                  // 7060(d), rule 15: uploaded agent permissions go when the request closes.
                  permissions.deleteFor(handle, request.id());
                }
                audit.append(handle, new AuditEntry(actor, action, "request", request.id(), facts));
              },
              codes);
      RequestService requests =
          new RequestService(
                  database.jdbi(),
                  new RequestRepository(pi),
                  settings.legalClock().deadlines(),
                  settings.clock(),
                  settings.legalClock().zone(),
                  events,
                  // Only the consumer's copy of the agent-confirmation link carries its signature.
                  new AgentConfirmationMail(
                      new MailRequestMessages(messages, outbox),
                      AgentConfirmationLinks.from(secrets)),
                  settings.publicUrl(),
                  new RequiredTiers(map))
              // CC 1798.83: Shine the Light requests are answered from the map when received
              .answeringDirectMarketing(new DirectMarketingAnswer(map));
      VerificationService verification =
          new VerificationService(
              database.jdbi(),
              requests,
              codes,
              new DataPointMatcher(map, company),
              messages,
              outbox,
              events);
      Fulfilment fulfilment =
          new Fulfilment(
              new Fulfilment.Parts(
                  map,
                  database.jdbi(),
                  pi,
                  requests,
                  audit,
                  Fulfilment.jdbcConnectors(company),
                  notices,
                  // Webhook secrets: each vendor's secretEnv, else RIGHTFUL_WEBHOOK_SECRET.
                  env,
                  messages,
                  outbox,
                  new FulfilmentService.Settings(
                      Fulfilment.MAX_ATTEMPTS,
                      dev.rightful.fulfil.access.PackageLinks.DEFAULT_VALIDITY,
                      settings.publicUrl(),
                      settings.legalClock().zone()),
                  Duration.ofSeconds(30),
                  settings.clock()));
      Services services =
          new Services(
              map,
              notice,
              findings,
              database,
              audit,
              pi,
              staff,
              company,
              settings.legalClock(),
              settings.clock(),
              settings.devMode(),
              settings.publicUrl(),
              messages,
              outbox,
              requests,
              secrets,
              consent,
              verification,
              fulfilment,
              settings.recordKeeping());
      new NoticePublisher(database.jdbi(), settings.clock())
          .publish(NoticeRoutes.toJson(Json.mapper(), notice), notice.lastUpdated());
      Javalin web = WebApp.create(services, settings.clientAddresses());
      web.start(settings.host(), settings.port());
      mail.start();
      // Denies requests unverified at their due date; safe on several nodes (see the class).
      sweep = new VerificationSweep(requests, codes);
      sweep.start();
      fulfilment.scheduler().start(database.dataSource(), Duration.ofSeconds(5));
      // Daily retention sweep (rule 42), one node at a time through the lease in Rightful's
      // database. start-dev runs none, so the demo data stays as the walkthroughs describe it.
      RetentionScheduler retention =
          new RetentionScheduler(
              new RetentionSweeper(
                  map,
                  company::find,
                  database.jdbi(),
                  pi,
                  new SweepAuditRecorder(audit),
                  settings.clock(),
                  RetentionSweeper.Settings.defaults(
                      ManagementFactory.getRuntimeMXBean().getName() + ":" + UUID.randomUUID())),
              Duration.ofMinutes(1));
      // Daily purge of the records of requests closed longer ago than the keeping period (§7101,
      // rule 44). Off in start-dev, as the sweep is; `rightful records purge --dev` runs it there.
      RecordsPurgeScheduler records =
          new RecordsPurgeScheduler(
              new RecordsPurge(
                  database.jdbi(),
                  audit,
                  settings.clock(),
                  settings.legalClock().zone(),
                  () -> holds.heldEmailAndPhoneKeys(settings.clock().instant())),
              settings.recordKeeping(),
              RecordsPurgeScheduler.FIRST,
              RecordsPurgeScheduler.EVERY);
      if (!settings.devMode()) {
        retention.start();
        records.start();
      }
      return new App(services, mail, sweep, retention, records, sequencer, web);
    } catch (RuntimeException e) {
      if (sweep != null) {
        sweep.close();
      }
      mail.close();
      sequencer.close();
      if (consent != null) {
        consent.close();
      }
      company.close();
      database.close();
      throw e;
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
    retention.close();
    records.close();
    web.stop();
    sweep.close();
    services.fulfilment().close();
    mail.close();
    services.consent().close();
    sequencer.close();
    services.companyDatabases().close();
    services.database().close();
  }
}
