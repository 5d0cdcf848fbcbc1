package dev.rightful.notice;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * The notice at collection of one collection point (CC 1798.100(a); 11 CCR 7012): what is collected
 * there, what for, whether it is sold or shared, how long it is kept, and links to the full notice
 * and the opt-out. Derived by {@link CollectionNoticeBuilder} from the rows of the full {@link
 * NoticeDocument}, so the two never disagree; the body of {@code /notice/collection/{id}.json}.
 * Immutable.
 *
 * <p>{@code oral} marks a point where the notice is read to the consumer (a recorded call line):
 * its {@code .txt} form is the script. {@code optOutUrl} is null when nothing collected here is
 * sold or shared; {@code limitUrl} when no right to limit applies.
 */
public record CollectionNotice(
    String id,
    String kind,
    String title,
    boolean oral,
    String business,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate lastUpdated,
    List<Collected> categories,
    List<String> purposes,
    boolean soldOrShared,
    List<String> soldOrSharedCategories,
    List<Kept> retention,
    String path,
    String noticeUrl,
    String optOutUrl,
    String limitUrl,
    String tollFree) {

  /** A category collected at the point: its letter, the CCPA's name and what is collected. */
  public record Collected(String id, String name, String specifics) {}

  /** How long a kind of information collected here is kept, in the full notice's words. */
  public record Kept(String data, List<String> categories, String keptFor) {}

  /** A link from the full notice to the point's notice. */
  public record Link(String id, String title, String kind, String path) {}

  public Link link() {
    return new Link(id, title, kind, path);
  }
}
