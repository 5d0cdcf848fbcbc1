package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Properties of the request state machine over random sequences of attempted moves. */
class RequestStatusPropertiesTest {

  @Property
  void a_closed_request_never_changes_again(@ForAll @Size(max = 30) List<RequestStatus> attempts) {
    RequestStatus status = RequestStatus.RECEIVED;
    boolean closed = false;
    for (RequestStatus next : attempts) {
      if (status.canMoveTo(next)) {
        assertThat(closed).as("moved out of a closed status").isFalse();
        status = next;
      }
      closed = !status.isOpen();
    }
  }

  @Property
  void every_path_from_received_is_at_most_two_moves_long(
      @ForAll @Size(max = 30) List<RequestStatus> attempts) {
    RequestStatus status = RequestStatus.RECEIVED;
    int moves = 0;
    for (RequestStatus next : attempts) {
      if (status.canMoveTo(next)) {
        status = next;
        moves++;
      }
    }
    // received → verified → completed|denied is the longest way through.
    assertThat(moves).isLessThanOrEqualTo(2);
  }

  @Property
  void no_status_moves_to_itself_or_back_to_received(
      @ForAll RequestStatus from, @ForAll RequestStatus to) {
    if (from == to || to == RequestStatus.RECEIVED) {
      assertThat(from.canMoveTo(to)).isFalse();
    }
  }

  @Property
  void an_open_request_can_always_still_be_closed(@ForAll RequestStatus status) {
    if (status.isOpen()) {
      assertThat(status.canMoveTo(RequestStatus.DENIED)).isTrue();
      assertThat(status.canMoveTo(RequestStatus.COMPLETED)).isTrue();
    }
  }
}
