package dev.rightful.cli;

import picocli.CommandLine;

/**
 * Runs {@code token} or {@code admin} in a separate JVM, the way the launcher runs {@code rightful
 * token ...} beside a running start-dev: {@code StaffCliProcess token create --role agent}.
 */
final class StaffCliProcess {
  private StaffCliProcess() {}

  public static void main(String[] args) {
    Object command = args[0].equals("token") ? new TokenCommand() : new AdminCommand();
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    System.exit(new CommandLine(command).execute(rest));
  }
}
