package dev.rightful.staff;

import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;

/**
 * Staff access on a real, freshly migrated database (H2 in PostgreSQL mode, or a fresh PostgreSQL
 * schema), with a hand-moved clock and a recording audit sink.
 */
record TestStaff(Database database, TestClock clock, RecordingAuditSink audit, Staff staff)
    implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";

  static TestStaff h2() {
    return open(TestServer.h2Url(), "sa");
  }

  static TestStaff postgres(String schema) {
    return open(Postgres.freshSchema(schema), Postgres.USER);
  }

  static TestStaff open(String url, String user) {
    Database database = Database.open(url, user, "", 4);
    TestClock clock = TestClock.utc(TestClock.SERVER_DATE);
    RecordingAuditSink audit = new RecordingAuditSink();
    return new TestStaff(database, clock, audit, Staff.create(database.jdbi(), clock, audit));
  }

  StaffUser user(String username, Role role) {
    return staff.users().create(username, role, PASSWORD, "test");
  }

  @Override
  public void close() {
    database.close();
  }
}
