package dev.rightful.bench;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Lint;
import dev.rightful.datamap.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.Yaml;

/**
 * Loading, validating and linting the example data map, against the baseline of parsing the same
 * YAML files into plain maps with SnakeYAML (no locations, no checks). Run from the repository
 * root: {@code java -jar bench/target/benchmarks.jar DataMapLoadBenchmark -rf json -rff
 * bench/results/datamap-load.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DataMapLoadBenchmark {
  private Path directory;
  private List<Path> files;
  private DataMap map;

  @Setup
  public void setUp() throws IOException {
    directory = Path.of(System.getProperty("datamap", "examples/net2phone"));
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    map = DataMapLoader.load(directory).orThrow();
  }

  /** Baseline: SnakeYAML into maps and lists, nothing checked. */
  @Benchmark
  public List<Object> baselineRawYaml() throws IOException {
    List<Object> documents = new ArrayList<>();
    for (Path file : files) {
      try (Reader reader = Files.newBufferedReader(file)) {
        documents.add(new Yaml().load(reader));
      }
    }
    return documents;
  }

  /** Load with locations, validate cross-references and reachability. */
  @Benchmark
  public DataMap loadAndValidate() {
    return DataMapLoader.load(directory).orThrow();
  }

  /** The notice lint rules over an already loaded map. */
  @Benchmark
  public List<Problem> lint() {
    return new Lint(Clock.systemUTC()).check(map);
  }
}
