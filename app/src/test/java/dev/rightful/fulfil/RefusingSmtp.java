package dev.rightful.fulfil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small SMTP server on a free local port that answers {@code 550} to RCPT TO for one address and
 * accepts every other message: the mail server of a vendor address that does not exist.
 */
final class RefusingSmtp implements AutoCloseable {
  private final ServerSocket socket;
  private final String refused;
  private final Thread thread;

  RefusingSmtp(String refused) throws IOException {
    this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.refused = refused.toLowerCase(Locale.ROOT);
    this.thread = new Thread(this::serve, "refusing-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept();
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
          PrintWriter out =
              new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
        reply(out, "220 refusing-smtp ready");
        boolean data = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (data) {
            if (line.equals(".")) {
              data = false;
              reply(out, "250 2.0.0 queued");
            }
            continue;
          }
          String command = line.toUpperCase(Locale.ROOT);
          if (command.startsWith("RCPT TO:") && line.toLowerCase(Locale.ROOT).contains(refused)) {
            reply(out, "550 5.1.1 no such mailbox");
          } else if (command.startsWith("DATA")) {
            data = true;
            reply(out, "354 go ahead");
          } else if (command.startsWith("QUIT")) {
            reply(out, "221 bye");
            break;
          } else {
            reply(out, "250 OK");
          }
        }
      } catch (IOException e) {
        // closed, or the client hung up: wait for the next one
      }
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
