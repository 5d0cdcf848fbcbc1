package dev.rightful.notice;

import dev.rightful.datamap.DataMap;
import dev.rightful.law.SensitiveKind;
import dev.rightful.law.state.AppealTerms;
import dev.rightful.law.state.Jurisdiction;
import dev.rightful.law.state.RightGrant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Derives the "Your state's rights" entries of a notice from the states the map names, each from
 * its {@link Jurisdiction}: nothing here decides a right, a day count or a consent rule. Stateless
 * and thread-safe.
 */
final class StateRightsBuilder {
  private StateRightsBuilder() {}

  /**
   * One entry per state the map names besides California, in the map's order. A right an amendment
   * grants after {@code noticeDate} is listed with its date; without a date, every right is listed
   * as granted.
   */
  static List<NoticeDocument.StateRights> build(DataMap map, LocalDate noticeDate) {
    return map.jurisdictions().states().stream().map(j -> entry(map, j, noticeDate)).toList();
  }

  private static NoticeDocument.StateRights entry(
      DataMap map, Jurisdiction state, LocalDate noticeDate) {
    AppealTerms appeal = state.findAppeal().orElse(null);
    return new NoticeDocument.StateRights(
        state.code(),
        state.name(),
        state.statute().name(),
        state.statute().citation(),
        state.rights().stream()
            .sorted(Comparator.comparing(RightGrant::right))
            .map(grant -> right(grant, noticeDate))
            .toList(),
        state.response().days(),
        state.response().extensionDays(),
        state.freeRequests().perTwelveMonths(),
        appeal == null
            ? null
            : new NoticeDocument.Appeal(
                appeal.days(), appeal.extensionDays(), appeal.attorneyGeneralContact()),
        new NoticeDocument.AttorneyGeneral(
            state.attorneyGeneral().office(), state.attorneyGeneral().url()),
        new NoticeDocument.SensitiveData(
            state.sensitive().model().id(),
            StateRightsText.sensitive(state.sensitive().model(), map.collectsSensitive())),
        state.gpcFrom().orElse(null),
        state
            .sensitive()
            .saleNotices(
                map.sellsSensitive(), map.sensitiveKinds().contains(SensitiveKind.BIOMETRIC)));
  }

  private static NoticeDocument.StateRight right(RightGrant grant, LocalDate noticeDate) {
    boolean later =
        grant.from() != null && (noticeDate == null || grant.from().isAfter(noticeDate));
    return new NoticeDocument.StateRight(
        grant.right().id(),
        grant.right().title(),
        grant.right().plainWords(),
        grant.scope(),
        later ? grant.from() : null,
        grant.citation());
  }
}
