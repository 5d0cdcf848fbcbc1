package dev.rightful.fulfil;

import com.sun.net.httpserver.HttpServer;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Table;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.Webhooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The example map (with the seeded SSN mapped) plus three systems vendors hold: {@code vendor_api}
 * on a signed webhook (customers, accounts, job applicants), {@code paper_files} searched by hand
 * (job applicants) and {@code mail_vendor} reached by email (customers); and a vendor's endpoint as
 * a small HTTP server that checks the signature of what it receives.
 */
final class VendorSystems {
  static final String SECRET = Webhooks.secret("vendor-api-secret-for-tests");
  static final String URL_ENV = "VENDOR_API_URL";
  static final String SECRET_ENV = "VENDOR_API_SECRET";

  private VendorSystems() {}

  static DataMap map() {
    DataMap map = CompanyDb.map();
    DataSystem company = map.systems().get(0);
    List<DataSystem> systems = new ArrayList<>(map.systems());
    systems.add(
        system(
            "vendor_api",
            "webhook",
            URL_ENV,
            SECRET_ENV,
            null,
            tables(company, "customers", "accounts", "job_applicants")));
    systems.add(
        system("paper_files", "manual", null, null, null, tables(company, "job_applicants")));
    systems.add(
        system(
            "mail_vendor",
            "email",
            null,
            null,
            "privacy@mailvendor.example",
            tables(company, "customers")));
    return CompanyDb.withSystems(map, systems);
  }

  private static DataSystem system(
      String id, String connector, String urlEnv, String secretEnv, String email, List<Table> t) {
    return new DataSystem(
        id, id, connector, urlEnv, null, null, secretEnv, email, t, t.get(0).location());
  }

  private static List<Table> tables(DataSystem system, String... names) {
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      tables.add(system.findTable(name).orElseThrow());
    }
    return tables;
  }

  /** The environment: the vendor's endpoint at {@code url} and its secret. */
  static Function<String, String> env(java.util.function.Supplier<String> url) {
    return name ->
        switch (name) {
          case URL_ENV -> url.get();
          case SECRET_ENV -> SECRET;
          default -> null;
        };
  }

  /** A vendor's endpoint: answers every POST with the status and body set last. */
  static final class Vendor implements AutoCloseable {
    /** A request as the vendor received it, and whether its signature verified. */
    record Received(String body, boolean signed) {}

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String answer;

    Vendor(int status, String answer) {
      this.status = status;
      this.answer = answer;
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(
          "/privacy-requests",
          exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean signed =
                Webhooks.valid(
                    SECRET,
                    body,
                    exchange.getRequestHeaders()::getFirst,
                    TestServer.CLOCK.instant());
            received.add(new Received(new String(body, StandardCharsets.UTF_8), signed));
            byte[] out = (signed ? this.answer : "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(
                signed ? this.status : 401, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
              exchange.getResponseBody().write(out);
            }
            exchange.close();
          });
      server.start();
    }

    void answer(int status, String answer) {
      this.status = status;
      this.answer = answer;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/privacy-requests";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
