package dev.rightful.requests;

import dev.rightful.store.PiProtection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds requests for the staff console: one page of a filtered, sorted queue, and a search by
 * reference or by the consumer's email or phone. The consumer is found through the keyed hashes
 * stored at intake ({@code email_key}, {@code phone_key}) under every configured key, so nothing is
 * decrypted to search. Thread-safe.
 */
public final class RequestFinder {
  /** What the queue may be sorted by; each ends with a tie-break that makes paging stable. */
  public enum Sort {
    DUE("due", "Due date", "COALESCE(extended_due_by, due_by)"),
    RECEIVED("received", "Received", "received_at"),
    TYPE("type", "Type", "type"),
    STATUS("status", "Status", "status");

    private final String id;
    private final String label;
    private final String column;

    Sort(String id, String label, String column) {
      this.id = id;
      this.label = label;
      this.column = column;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }

    /** The sort a {@code ?sort=} parameter names, or null when it names none. */
    public static Sort fromId(String id) {
      for (Sort sort : values()) {
        if (sort.id.equals(id)) {
          return sort;
        }
      }
      return null;
    }
  }

  /**
   * One page to read.
   *
   * @param statuses the statuses listed; empty for all
   * @param assignee only the requests assigned to this staff username; null for anyone's
   * @param search only the requests this term names; null for all
   * @param page the page, from 1
   */
  public record Query(
      List<RequestStatus> statuses,
      Sort sort,
      boolean descending,
      String assignee,
      SearchTerm search,
      int page,
      int pageSize) {
    public Query {
      statuses = List.copyOf(statuses);
      if (page < 1 || pageSize < 1) {
        throw new IllegalArgumentException("pages count from 1 and hold at least one request");
      }
    }
  }

  /** A request as the queue lists it, with the staff member it is assigned to (or null). */
  public record Row(RightsRequest request, String assignee) {}

  /** One page of rows and how many requests match in all. */
  public record Page(List<Row> rows, long total) {
    public Page {
      rows = List.copyOf(rows);
    }
  }

  private final Jdbi jdbi;
  private final PiProtection pi;
  private final RequestRepository repository;

  public RequestFinder(Jdbi jdbi, PiProtection pi) {
    this.jdbi = jdbi;
    this.pi = pi;
    this.repository = new RequestRepository(pi);
  }

  public Page find(Query query) {
    Map<String, Object> binds = new LinkedHashMap<>();
    String where = where(query, binds);
    String order =
        query.sort().column
            + (query.descending() ? " DESC" : "")
            + ", received_at"
            + (query.descending() ? " DESC" : "")
            + ", id";
    return jdbi.withHandle(
        handle -> {
          long total =
              bind(handle.createQuery("SELECT COUNT(*) FROM rights_request" + where), binds)
                  .mapTo(Long.class)
                  .one();
          List<Row> rows =
              bind(
                      handle.createQuery(
                          "SELECT * FROM rights_request"
                              + where
                              + " ORDER BY "
                              + order
                              + " LIMIT :limit OFFSET :offset"),
                      binds)
                  .bind("limit", query.pageSize())
                  .bind("offset", (long) (query.page() - 1) * query.pageSize())
                  .map((rs, ctx) -> new Row(repository.read(rs), rs.getString("assignee")))
                  .list();
          return new Page(rows, total);
        });
  }

  private String where(Query query, Map<String, Object> binds) {
    List<String> conditions = new ArrayList<>();
    if (!query.statuses().isEmpty()) {
      conditions.add("status IN (" + list("status", statusIds(query), binds) + ")");
    }
    if (query.assignee() != null) {
      binds.put("assignee", query.assignee());
      conditions.add("assignee = :assignee");
    }
    SearchTerm term = query.search();
    if (term != null) {
      List<String> either = new ArrayList<>();
      if (term.reference() != null) {
        binds.put("reference", term.reference());
        either.add("reference = :reference");
      }
      if (term.email() != null) {
        either.add("email_key IN (" + list("email", pi.emailLookupKeys(term.email()), binds) + ")");
      }
      if (term.phone() != null) {
        either.add("phone_key IN (" + list("phone", pi.phoneLookupKeys(term.phone()), binds) + ")");
      }
      conditions.add("(" + String.join(" OR ", either) + ")");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static List<String> statusIds(Query query) {
    return query.statuses().stream().map(RequestStatus::id).toList();
  }

  /** Bind marks {@code :name0, :name1, ...} for the values, which are added to {@code binds}. */
  private static String list(String name, List<String> values, Map<String, Object> binds) {
    List<String> marks = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      binds.put(name + i, values.get(i));
      marks.add(":" + name + i);
    }
    return String.join(", ", marks);
  }

  private static org.jdbi.v3.core.statement.Query bind(
      org.jdbi.v3.core.statement.Query statement, Map<String, Object> binds) {
    binds.forEach(statement::bind);
    return statement;
  }
}
