package dev.rightful.notice.internal;

import dev.rightful.notice.NoticeSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph or list item of the notice as runs of words, links and dates, before any markup. The
 * notice's sentences are written once as prose; the HTML template and the Markdown writer each turn
 * a run into their markup and escape every word, so a map value can never add markup in either.
 * Immutable and thread-safe.
 */
public record Prose(List<Run> runs) {

  public Prose {
    runs = List.copyOf(runs);
  }

  /** One run of a paragraph. */
  public sealed interface Run {}

  /** Plain words: the notice's own and the map's values alike, escaped by each renderer. */
  public record Words(String text) implements Run {}

  /** A link whose text is shown; {@code href} is already a safe URL (see {@link Format}). */
  public record Link(String text, String href) implements Run {}

  /** A link to a section of the notice itself; each format has its own anchor. */
  public record SectionLink(NoticeSection section) implements Run {}

  /** A date: in HTML a {@code <time>} element, in Markdown its words. */
  public record Date(LocalDate date) implements Run {}

  /** Prose starting with {@code text}. */
  public static Prose words(String text) {
    return new Prose(List.of(new Words(text)));
  }

  /** This prose followed by {@code text}. */
  public Prose then(String text) {
    return with(new Words(text));
  }

  /** This prose followed by a link showing {@code text}. */
  public Prose link(String text, String href) {
    return with(new Link(text, href));
  }

  /** This prose followed by a link showing its own address. */
  public Prose link(String url) {
    return link(url, url);
  }

  /** This prose followed by a link to {@code section}. */
  public Prose section(NoticeSection section) {
    return with(new SectionLink(section));
  }

  /** This prose followed by {@code date}. */
  public Prose date(LocalDate date) {
    return with(new Date(date));
  }

  /** This prose followed by {@code more}. */
  public Prose then(Prose more) {
    List<Run> joined = new ArrayList<>(runs);
    joined.addAll(more.runs);
    return new Prose(joined);
  }

  private Prose with(Run run) {
    List<Run> joined = new ArrayList<>(runs);
    joined.add(run);
    return new Prose(joined);
  }
}
