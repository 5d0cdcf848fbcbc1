package dev.rightful.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit 5 extension that hands a test class its {@link TestDatabase}s and drops them after: one
 * made while a test runs is dropped after that test, one made before (in a static initializer or
 * {@code @BeforeAll}) after the class. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabaseExtension databases = new TestDatabaseExtension("fulfil_access");
 * ...
 * try (TestDatabase company = databases.withDemo(Kind.MARIADB)) { ... }
 * }</pre>
 *
 * Every name is unique (see {@link TestDatabase}), so classes and runs never collide. Not
 * thread-safe: JUnit runs one test of a class at a time here.
 */
public final class TestDatabaseExtension
    implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private final String purpose;
  private final List<TestDatabase> forClass = new ArrayList<>();
  private final List<TestDatabase> forTest = new ArrayList<>();
  private boolean inTest;

  /** {@code purpose} starts every database's name (letters, digits, underscores). */
  public TestDatabaseExtension(String purpose) {
    this.purpose = purpose;
  }

  /** An empty database of {@code kind}. */
  public TestDatabase create(TestDatabase.Kind kind) {
    TestDatabase database = TestDatabase.create(kind, purpose);
    (inTest ? forTest : forClass).add(database);
    return database;
  }

  /** A database of {@code kind} with the Net2Phone demo company loaded. */
  public TestDatabase withDemo(TestDatabase.Kind kind) {
    return create(kind).loadDemo();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    inTest = true;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    inTest = false;
    dropAll(forTest);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    dropAll(forClass);
  }

  private static void dropAll(List<TestDatabase> databases) {
    databases.forEach(TestDatabase::close);
    databases.clear();
  }
}
