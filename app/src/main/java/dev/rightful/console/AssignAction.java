package dev.rightful.console;

import dev.rightful.requests.Assignments;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.staff.Role;
import dev.rightful.staff.StaffUser;
import dev.rightful.staff.StaffUsers;
import java.util.List;
import java.util.Map;

/**
 * The request page's assignment: to a member of staff who may act on requests, or to nobody. The
 * change is audited by {@link Assignments}. Thread-safe.
 */
final class AssignAction {
  private final Assignments assignments;
  private final StaffUsers users;

  AssignAction(Assignments assignments, StaffUsers users) {
    this.assignments = assignments;
    this.users = users;
  }

  /** The panel for request {@code id}. */
  AssignmentPanel panel(String id) {
    return new AssignmentPanel(assignments.assignee(id).orElse(null), candidates());
  }

  /** Enabled admins and agents, by username: an auditor only reads, so works no request. */
  List<String> candidates() {
    return users.list().stream()
        .filter(StaffUser::enabled)
        .filter(user -> user.role() == Role.ADMIN || user.role() == Role.AGENT)
        .map(StaffUser::username)
        .sorted()
        .toList();
  }

  Flash assign(String id, Map<String, String> form, String actor) {
    String assignee = form.getOrDefault("assignee", "").strip();
    if (assignee.isEmpty()) {
      assignments.assign(id, null, actor);
      return Flash.UNASSIGNED;
    }
    if (!candidates().contains(assignee)) {
      throw new RequestRuleViolation(
          "assignee", "Choose a member of staff who may work requests (an admin or an agent).");
    }
    assignments.assign(id, assignee, actor);
    return Flash.ASSIGNED;
  }
}
