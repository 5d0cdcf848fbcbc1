package dev.rightful.bench.fulfil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The operations of {@link FulfilmentBenchmark} run interleaved: every round runs each of them
 * once, in a shuffled order, so that Rightful and its hand-written baseline meet the same machine
 * conditions (on a machine shared with other builds, load moves within seconds, far faster than
 * JMH's one-method-after-another trials). Reports the median, mean and 90th percentile of every
 * operation and the median of Rightful's per-round ratio to the baseline. Access operations draw a
 * random consumer each; deletions a fresh one each.
 *
 * <p>Usage (repository root): {@code java -Xmx512m -cp bench/target/benchmarks.jar
 * dev.rightful.bench.fulfil.Paired postgresql 300 50 [results.jsonl]} (database, measured rounds,
 * warm-up rounds).
 */
public final class Paired {
  private static final List<String> OPERATIONS =
      List.of(
          "accessBaseline",
          "accessFind",
          "accessPackage",
          "deleteBaseline",
          "deleteWithoutVerification",
          "deleteRightful");

  private Paired() {}

  public static void main(String[] args) throws Exception {
    String database = args[0];
    int rounds = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    FulfilmentBenchmark bench = new FulfilmentBenchmark();
    bench.database = database;
    bench.prepare(7, 3 * (rounds + warmup) + 10);
    Map<String, long[]> nanos = new LinkedHashMap<>();
    OPERATIONS.forEach(op -> nanos.put(op, new long[rounds]));
    Random order = new Random(11);
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
    for (int round = -warmup; round < rounds; round++) {
      List<String> shuffled = new ArrayList<>(OPERATIONS);
      Collections.shuffle(shuffled, order);
      for (String op : shuffled) {
        long began = System.nanoTime();
        run(bench, op);
        long took = System.nanoTime() - began;
        if (round >= 0) {
          nanos.get(op)[round] = took;
        }
      }
    }
    String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
    bench.close();
    StringBuilder json = new StringBuilder();
    json.append(String.format(Locale.ROOT, "{\"database\":\"%s\",\"rounds\":%d", database, rounds));
    System.out.printf(Locale.ROOT, "%-27s %9s %9s %9s%n", database, "median", "mean", "p90");
    for (Map.Entry<String, long[]> op : nanos.entrySet()) {
      long[] sorted = op.getValue().clone();
      Arrays.sort(sorted);
      double median = sorted[sorted.length / 2] / 1e6;
      double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
      double p90 = sorted[(int) (sorted.length * 0.9)] / 1e6;
      System.out.printf(
          Locale.ROOT, "%-27s %6.2f ms %6.2f ms %6.2f ms%n", op.getKey(), median, mean, p90);
      json.append(
          String.format(
              Locale.ROOT,
              ",\"%s\":{\"medianMs\":%.3f,\"meanMs\":%.3f,\"p90Ms\":%.3f}",
              op.getKey(),
              median,
              mean,
              p90));
    }
    for (String[] pair :
        new String[][] {
          {"accessFind", "accessBaseline"},
          {"accessPackage", "accessBaseline"},
          {"deleteWithoutVerification", "deleteBaseline"},
          {"deleteRightful", "deleteBaseline"}
        }) {
      double ratio = medianRatio(nanos.get(pair[0]), nanos.get(pair[1]));
      System.out.printf(
          Locale.ROOT,
          "ratio %s / %s: %.2f (median of per-round ratios)%n",
          pair[0],
          pair[1],
          ratio);
      json.append(String.format(Locale.ROOT, ",\"%s/%s\":%.3f", pair[0], pair[1], ratio));
    }
    json.append(
        String.format(
            Locale.ROOT,
            ",\"heapPoolPeaksMb\":%d,\"loadBefore\":\"%s\",\"loadAfter\":\"%s\"}",
            DeletionThroughput.heapPoolPeaks() >> 20,
            loadBefore,
            loadAfter));
    System.out.println("RESULT " + json);
    if (args.length > 3) {
      Files.writeString(
          Path.of(args[3]), json + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  private static double medianRatio(long[] subject, long[] baseline) {
    double[] ratios = new double[subject.length];
    for (int i = 0; i < subject.length; i++) {
      ratios[i] = (double) subject[i] / baseline[i];
    }
    Arrays.sort(ratios);
    return ratios[ratios.length / 2];
  }

  private static void run(FulfilmentBenchmark bench, String op) throws Exception {
    switch (op) {
      case "accessBaseline" -> bench.accessBaseline();
      case "accessFind" -> bench.accessFind();
      case "accessPackage" -> bench.accessPackage();
      case "deleteBaseline" -> bench.deleteBaseline();
      case "deleteWithoutVerification" -> bench.deleteWithoutVerification();
      case "deleteRightful" -> bench.deleteRightful();
      default -> throw new IllegalArgumentException(op);
    }
  }
}
