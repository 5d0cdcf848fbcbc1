package dev.rightful.console;

import dev.rightful.requests.RequestFinder;
import dev.rightful.requests.SearchTerm;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the queue page shows, as its query parameters say, so that every view is a link staff can
 * bookmark: {@code status}, {@code sort} and {@code dir}, {@code mine}, the search {@code q} and
 * the {@code page}. Immutable.
 *
 * @param search what was typed in the search box, stripped; empty for none
 */
public record QueueView(
    QueueFilter filter,
    RequestFinder.Sort sort,
    boolean descending,
    boolean mine,
    String search,
    int page) {
  static final int PAGE_SIZE = 50;

  /** The view the parameters name; empty when one of them is malformed. */
  static Optional<QueueView> parse(Function<String, String> param) {
    Optional<QueueFilter> filter = QueueFilter.parse(param.apply("status"));
    String sortId = param.apply("sort");
    RequestFinder.Sort sort =
        sortId == null || sortId.isBlank()
            ? RequestFinder.Sort.DUE
            : RequestFinder.Sort.fromId(sortId.strip());
    String dir = param.apply("dir");
    boolean descending = "desc".equals(dir);
    Integer page = page(param.apply("page"));
    if (filter.isEmpty()
        || sort == null
        || page == null
        || !(dir == null || dir.isBlank() || dir.equals("asc") || descending)) {
      return Optional.empty();
    }
    String search = param.apply("q") == null ? "" : param.apply("q").strip();
    return Optional.of(
        new QueueView(
            filter.get(), sort, descending, "1".equals(param.apply("mine")), search, page));
  }

  private static Integer page(String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(text.strip());
      return page >= 1 ? page : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The search's readings; empty when nothing was typed or the text names nothing searchable. */
  public Optional<SearchTerm> term() {
    return SearchTerm.parse(search);
  }

  /** Whether something was typed that is neither a reference, an email nor a phone number. */
  public boolean unreadableSearch() {
    return !search.isEmpty() && term().isEmpty();
  }

  /** The query for the finder, for the user {@code username}. */
  RequestFinder.Query query(String username) {
    return new RequestFinder.Query(
        filter.statuses(),
        sort,
        descending,
        mine ? username : null,
        term().orElse(null),
        page,
        PAGE_SIZE);
  }

  /** This view on another page. */
  public String pageHref(int other) {
    return href(filter, sort, descending, other);
  }

  /** This view sorted by {@code by}: ascending, or the other way round when it is already. */
  public String sortHref(RequestFinder.Sort by) {
    return href(filter, by, by == sort && !descending, 1);
  }

  /** The {@code aria-sort} value of the column sorted by {@code by}, or null when it is not. */
  public String ariaSort(RequestFinder.Sort by) {
    return by != sort ? null : descending ? "descending" : "ascending";
  }

  public List<RequestFinder.Sort> sorts() {
    return List.of(RequestFinder.Sort.values());
  }

  private String href(QueueFilter status, RequestFinder.Sort by, boolean desc, int at) {
    List<String> params = new ArrayList<>();
    params.add("status=" + status.id());
    params.add("sort=" + by.id());
    params.add("dir=" + (desc ? "desc" : "asc"));
    if (mine) {
      params.add("mine=1");
    }
    if (!search.isEmpty()) {
      params.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    }
    params.add("page=" + at);
    return ConsoleRoutes.QUEUE + "?" + String.join("&", params);
  }
}
