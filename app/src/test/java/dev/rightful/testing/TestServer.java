package dev.rightful.testing;

import dev.rightful.App;
import dev.rightful.config.LegalClock;
import dev.rightful.crypto.Keys;
import dev.rightful.law.RecordKeeping;
import dev.rightful.requests.IntakeLimits;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.web.ClientAddresses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Runs the real Rightful on a free port for a test, with a fresh database, and hands the test an
 * HTTP client. Close it (try-with-resources or @AfterAll) to stop the server.
 */
public final class TestServer implements AutoCloseable {
  /** The date tests run "on": notice findings and deadlines depend on it. */
  public static final Clock CLOCK = Clock.fixed(TestClock.SERVER_DATE, TestClock.LOS_ANGELES);

  /** A fixed test encryption key: never used outside tests. */
  public static final Keys KEYS =
      Keys.parse(java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q'));

  /**
   * Intake limits no test reaches: tests send many requests from 127.0.0.1 naming the same people.
   * A test of the limits asks for the shipped ones ({@link #startWithLimits}).
   */
  public static final IntakeLimits GENEROUS_LIMITS =
      new IntakeLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000);

  private final App app;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private TestServer(App app) {
    this.app = app;
    AuditChainCheck.started(app);
  }

  /** The example data map on a private in-memory H2 database. */
  public static TestServer start() {
    return start(Repo.exampleMap(), h2Url(), "sa", "");
  }

  public static String h2Url() {
    return "jdbc:h2:mem:rightful-"
        + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  public static TestServer start(Path dataMap, String dbUrl, String user, String password) {
    return start(dataMap, dbUrl, user, password, null, CLOCK);
  }

  /**
   * {@code dataMap} on a fresh H2 database, running on {@code clock}, with every JDBC system of the
   * map reached at {@code company} (as start-dev reaches its demo database).
   */
  public static TestServer startWithCompany(
      Path dataMap, CompanyDatabases.Target company, Clock clock) {
    return start(dataMap, h2Url(), "sa", "", company, clock);
  }

  /** As above, with the company's databases reached through {@code companyFallback}. */
  public static TestServer start(
      Path dataMap,
      String dbUrl,
      String user,
      String password,
      CompanyDatabases.Target companyFallback) {
    return start(dataMap, dbUrl, user, password, companyFallback, CLOCK);
  }

  /** The general form: every other factory fills in some of these. */
  public static TestServer start(
      Path dataMap,
      String dbUrl,
      String user,
      String password,
      CompanyDatabases.Target company,
      Clock clock) {
    return start(dataMap, dbUrl, user, password, company, clock, name -> null);
  }

  /** As above, with environment variables (webhook secrets) read from {@code env}. */
  public static TestServer start(
      Path dataMap,
      String dbUrl,
      String user,
      String password,
      CompanyDatabases.Target company,
      Clock clock,
      java.util.function.Function<String, String> env) {
    return start(
        dataMap,
        dbUrl,
        user,
        password,
        company,
        clock,
        env,
        ClientAddresses.DIRECT,
        RecordKeeping.minimum(),
        GENEROUS_LIMITS);
  }

  /**
   * The example company on H2, behind the reverse proxies {@code proxies}, keeping request records
   * for {@code keeping}.
   */
  public static TestServer startWith(
      ClientAddresses proxies,
      RecordKeeping keeping,
      CompanyDatabases.Target company,
      Clock clock) {
    return start(
        Repo.exampleMap(),
        h2Url(),
        "sa",
        "",
        company,
        clock,
        name -> null,
        proxies,
        keeping,
        GENEROUS_LIMITS);
  }

  /** The example company on H2, behind the reverse proxies {@code proxies}, with {@code limits}. */
  public static TestServer startWithLimits(ClientAddresses proxies, IntakeLimits limits) {
    return startWithLimits(h2Url(), "sa", proxies, limits);
  }

  /**
   * As {@link #startWithLimits(ClientAddresses, IntakeLimits)} on the store at {@code dbUrl}: on
   * PostgreSQL the limits' buckets live there, shared by every server on that store.
   */
  public static TestServer startWithLimits(
      String dbUrl, String user, ClientAddresses proxies, IntakeLimits limits) {
    return start(
        Repo.exampleMap(),
        dbUrl,
        user,
        "",
        null,
        CLOCK,
        name -> null,
        proxies,
        RecordKeeping.minimum(),
        limits);
  }

  /**
   * {@code dataMap} on a fresh H2 database with the company reached at {@code company}, sending its
   * mail to {@code smtp} (a GreenMail server) and polling the outbox every {@code mailPoll}, with
   * room for many consumers asking for codes from this one machine.
   */
  public static TestServer startWithMail(
      Path dataMap,
      CompanyDatabases.Target company,
      dev.rightful.mail.SmtpSettings smtp,
      Duration mailPoll) {
    return new TestServer(
        App.start(
            new App.Settings(
                true,
                "127.0.0.1",
                0,
                dataMap,
                h2Url(),
                "sa",
                "",
                4,
                null,
                company,
                KEYS,
                LegalClock.standard(),
                smtp,
                mailPoll,
                CLOCK,
                List.of(),
                // Every consumer of a test comes from 127.0.0.1: the per-client limit would count
                // them together. The other limits stay as shipped.
                new VerificationSettings(Duration.ofMinutes(15), 5, 5, 1000),
                ClientAddresses.DIRECT,
                RecordKeeping.minimum(),
                GENEROUS_LIMITS),
            name -> null));
  }

  /**
   * The example company on H2 with staff single sign-on: {@code oidc} is given the server's public
   * URL (a free port chosen up front, since the provider must know the redirect URI) and returns
   * the settings.
   */
  public static TestServer startWithSso(
      java.util.function.Function<String, dev.rightful.staff.OidcSettings> oidc) {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String publicUrl = "http://127.0.0.1:" + port;
    return new TestServer(
        App.start(
            new App.Settings(
                    true,
                    "127.0.0.1",
                    port,
                    Repo.exampleMap(),
                    h2Url(),
                    "sa",
                    "",
                    4,
                    publicUrl,
                    null,
                    KEYS,
                    LegalClock.standard(),
                    null,
                    Duration.ofSeconds(1),
                    CLOCK,
                    List.of(),
                    VerificationSettings.defaults(),
                    ClientAddresses.DIRECT,
                    RecordKeeping.minimum(),
                    GENEROUS_LIMITS)
                .withOidc(oidc.apply(publicUrl)),
            name -> null));
  }

  /**
   * The example company on H2 with {@code --bench-baseline true}: the benchmarks' bare endpoint
   * {@code POST /bench/baseline} is served.
   */
  public static TestServer startWithBenchBaseline() {
    return new TestServer(
        App.start(
            new App.Settings(
                    true,
                    "127.0.0.1",
                    0,
                    Repo.exampleMap(),
                    h2Url(),
                    "sa",
                    "",
                    4,
                    null,
                    null,
                    KEYS,
                    LegalClock.standard(),
                    null,
                    Duration.ofSeconds(1),
                    CLOCK,
                    List.of(),
                    VerificationSettings.defaults(),
                    ClientAddresses.DIRECT,
                    RecordKeeping.minimum(),
                    GENEROUS_LIMITS)
                .withBenchBaseline(true),
            name -> null));
  }

  /**
   * The example company on H2 behind the reverse proxies {@code proxies}, reading the consent
   * visitor's US state from their {@code header} ({@code --consent-region-header}).
   */
  public static TestServer startWithRegionHeader(String header, ClientAddresses proxies) {
    return new TestServer(
        App.start(
            new App.Settings(
                    true,
                    "127.0.0.1",
                    0,
                    Repo.exampleMap(),
                    h2Url(),
                    "sa",
                    "",
                    4,
                    null,
                    null,
                    KEYS,
                    LegalClock.standard(),
                    null,
                    Duration.ofSeconds(1),
                    CLOCK,
                    List.of(),
                    VerificationSettings.defaults(),
                    proxies,
                    RecordKeeping.minimum(),
                    GENEROUS_LIMITS)
                .withConsentRegionHeader(header),
            name -> null));
  }

  private static TestServer start(
      Path dataMap,
      String dbUrl,
      String user,
      String password,
      CompanyDatabases.Target company,
      Clock clock,
      java.util.function.Function<String, String> env,
      ClientAddresses proxies,
      RecordKeeping keeping,
      IntakeLimits limits) {
    return new TestServer(
        App.start(
            new App.Settings(
                true,
                "127.0.0.1",
                0,
                dataMap,
                dbUrl,
                user,
                password,
                4,
                null,
                company,
                KEYS,
                LegalClock.standard(),
                null,
                Duration.ofSeconds(1),
                clock,
                List.of(),
                VerificationSettings.defaults(),
                proxies,
                keeping,
                limits),
            env));
  }

  public App app() {
    return app;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  /** Sends {@code request}; an exchange with {@code /api/v1} must keep {@link ApiContract}. */
  public HttpResponse<String> send(HttpRequest request) {
    return send(request, null);
  }

  /**
   * Sends {@code request}, whose body is {@code requestJson} (null for none or not JSON); an
   * exchange with {@code /api/v1} must keep {@link ApiContract}, its accepted body included.
   */
  public HttpResponse<String> send(HttpRequest request, String requestJson) {
    return send(request, requestJson, false);
  }

  /**
   * Sends {@code request}, whose JSON body is off the OpenAPI contract on purpose (to see the
   * server refuse it): the body must break the document, and the answer must keep it.
   */
  public HttpResponse<String> sendOffContract(HttpRequest request) {
    return send(request, null, true);
  }

  /**
   * Sends {@code request}, whose body a property test generated at random, valid or not: only the
   * answer is checked against the OpenAPI document.
   */
  public HttpResponse<String> sendArbitrary(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      ApiContract.get().check(request.method(), request.uri(), null, response);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest request, String requestJson, boolean offContract) {
    String body = requestJson != null ? requestJson : ApiContract.jsonBody(request);
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (offContract) {
        ApiContract.get().checkOffContract(request.method(), request.uri(), body, response);
      } else {
        ApiContract.get().check(request.method(), request.uri(), body, response);
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    AuditChainCheck.stopped(app);
    app.close();
  }
}
