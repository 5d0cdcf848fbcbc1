package dev.rightful.console;

import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.requests.Channel;
import dev.rightful.requests.FieldError;
import dev.rightful.requests.InvalidSubmission;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.Submission;
import dev.rightful.requests.SubmissionParser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff phone entry ({@code /admin/requests/new}): a request taken on the toll-free line (rule 1;
 * CC 1798.130(a)(1)) keyed in by an agent or admin, stored with channel {@code phone} and the
 * member of staff as actor. The form is checked by the same parser as the API; after it is stored
 * the browser is sent to the request's page, which shows what to read out to the caller (7021(a):
 * confirming receipt on the call counts). The information to correct is chosen from the data map's
 * list ({@link CorrectableInformation}), as on the consumer's form; a value not on it is refused at
 * its row. Thread-safe.
 */
final class PhoneEntryRoutes {
  static final String PATH = "/admin/requests/new";
  private static final int MAX_FIELD = 4001;

  private final RequestService requests;
  private final List<CorrectableInformation> correctable;
  private final SubmissionParser parser;

  PhoneEntryRoutes(RequestService requests, List<CorrectableInformation> correctable) {
    this.requests = requests;
    this.correctable = List.copyOf(correctable);
    this.parser =
        new SubmissionParser(
            this.correctable.stream()
                .map(CorrectableInformation::field)
                .collect(Collectors.toSet()));
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, this::show);
    routes.post(PATH, this::submit);
  }

  private void show(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    if (!allowed(ctx, user)) {
      return;
    }
    Templates.render(
        ctx,
        200,
        "phone",
        new PhoneEntryPage(user, Map.of("requester.kind", "consumer"), List.of(), correctable));
  }

  private void submit(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    if (!allowed(ctx, user)) {
      return;
    }
    PhoneForm form = PhoneForm.read(ctx::formParam, MAX_FIELD);
    List<FieldError> errors = new ArrayList<>();
    Submission submission = null;
    try {
      submission = parser.parse(form.toJson(), Channel.PHONE);
    } catch (InvalidSubmission e) {
      for (FieldError error : e.errors()) {
        errors.add(new FieldError(form.formField(error.field()), error.message()));
      }
    }
    if (!errors.isEmpty()) {
      Templates.render(
          ctx, 422, "phone", new PhoneEntryPage(user, form.values(), errors, correctable));
      return;
    }
    RequestService.Receipt receipt = requests.submit(submission, user.actor());
    ctx.redirect(
        RequestPageRoutes.path(receipt.request().id()) + "?done=" + Flash.ENTERED.id(),
        HttpStatus.SEE_OTHER);
  }

  private static boolean allowed(Context ctx, ConsoleUser user) {
    if (user.canAct()) {
      return true;
    }
    Templates.error(
        ctx,
        403,
        "Not allowed",
        "Your role (" + user.role().key() + ") may read requests but not enter them.",
        user);
    return false;
  }
}
