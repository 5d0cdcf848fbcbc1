package dev.rightful.console;

import java.util.List;

/**
 * Who works a request, on its page: the member of staff it is assigned to and those it may be
 * assigned to (enabled admins and agents, who may act on requests). Immutable.
 *
 * @param assignee the staff username, or null when nobody is assigned
 */
public record AssignmentPanel(String assignee, List<String> candidates) {
  public AssignmentPanel {
    candidates = List.copyOf(candidates);
  }
}
