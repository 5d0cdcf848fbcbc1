package dev.rightful.cli;

import dev.rightful.testing.Repo;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code rightful} server in its own JVM ({@code java -cp <test classpath> Main ...}), the
 * way an operator runs it, so that a test can kill it with SIGKILL. Its output goes to a log file
 * that {@link #log()} returns for failure messages. Not thread-safe: one test drives it.
 */
final class ServerProcess implements AutoCloseable {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final Path logFile;
  private final int port;

  private ServerProcess(Process process, Path logFile, int port) {
    this.process = process;
    this.logFile = logFile;
    this.port = port;
  }

  /**
   * Starts {@code rightful <args> --port <free port>} in {@code workDir} (so no stray {@code
   * conf/rightful.conf} is read) with {@code RIGHTFUL_HOME} at the repository, and waits until
   * {@code /readyz} answers 200.
   */
  /**
   * The arguments of {@code rightful start} on the PostgreSQL database {@code dbUrl} with the
   * example map, mail to a port nothing answers on and the key file in {@code workDir}.
   */
  static List<String> startOnPostgres(String dbUrl, Path workDir) {
    return List.of(
        "start",
        "--host",
        "127.0.0.1",
        "--db-url",
        dbUrl,
        "--db-user",
        dev.rightful.testing.Postgres.USER,
        "--datamap",
        Repo.exampleMap().toString(),
        "--public-url",
        "https://privacy.example.com",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        "1",
        "--smtp-from",
        "privacy@example.com",
        "--encryption-key-file",
        workDir.resolve(dev.rightful.crypto.Keys.DEV_KEY_FILE).toString());
  }

  static ServerProcess start(Path workDir, String logName, List<String> args) throws IOException {
    return start(workDir, logName, args, java.util.Map.of());
  }

  /** The same with {@code env} added to its environment (e.g. a company database's URL). */
  static ServerProcess start(
      Path workDir, String logName, List<String> args, java.util.Map<String, String> env)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-cp"));
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(args);
    command.addAll(List.of("--port", Integer.toString(port)));
    Path logFile = workDir.resolve(logName);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile());
    builder.environment().put("RIGHTFUL_HOME", Repo.root().toString());
    builder.environment().putAll(env);
    ServerProcess server = new ServerProcess(builder.start(), logFile, port);
    server.awaitReady(Duration.ofSeconds(90));
    return server;
  }

  int port() {
    return port;
  }

  /** The process id: the server's db-scheduler picks executions as {@code pid@host}. */
  long pid() {
    return process.pid();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /**
   * Sends {@code body} (JSON, or none when null) with {@code method} to {@code path}, with the
   * bearer {@code token} when not null; waits at most 10 s for the answer.
   */
  HttpResponse<String> send(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** The server's output so far, for a failure message. */
  String log() {
    try {
      return Files.readString(logFile);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops the server with SIGTERM (its graceful shutdown), then SIGKILL if it hangs. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private void awaitReady(Duration timeout) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited with " + process.exitValue() + log());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(uri("/readyz")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      sleep(200);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the server was not ready in " + timeout + "\n" + log());
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
