package dev.rightful.center;

import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.law.RecordKeeping;
import dev.rightful.requests.AdmtOffer;
import dev.rightful.requests.Channel;
import dev.rightful.requests.FieldError;
import dev.rightful.requests.IntakeLimiter;
import dev.rightful.requests.InvalidSubmission;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.Submission;
import dev.rightful.requests.SubmissionParser;
import dev.rightful.requests.agent.AgentConfirmationLinks;
import dev.rightful.requests.agent.AgentPermissions;
import dev.rightful.requests.agent.PermissionFile;
import dev.rightful.verify.VerificationService;
import dev.rightful.web.Translator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consumer privacy center: the request form (choose a request, then the fields it needs), the
 * confirmation after sending, and the secret status page with the consumer's confirmation of an
 * agent. Pages work without JavaScript; every form carries a {@link CenterCsrf} token. Handlers
 * parse, call {@link RequestService}, and render. Thread-safe.
 */
public final class CenterRoutes {
  /** The request form; its POST sends a request. */
  public static final String FORM = CenterCsrf.PATH;

  private static final String STATUS = FORM + "/status/{token}";
  private static final String CONFIRM = STATUS + "/confirm-agent/{signature}";

  private final RequestService requests;
  private final AgentPermissions permissions;
  private final AgentConfirmationLinks links;
  private final CenterCsrf csrf;
  private final ZoneId zone;
  private final String publicUrl;
  private final VerificationService verification;
  private SubmissionParser parser = new SubmissionParser();
  private CenterPages pages = new CenterPages(true);
  private KnownConsumerSignal signal = KnownConsumerSignal.NONE;
  private AdmtOffer admt = new AdmtOffer(List.of());
  private List<CorrectableInformation> correctable = List.of();
  // null: the form is not rate limited (tests that build the routes alone)
  private IntakeLimiter limiter;

  /**
   * @param publicUrl the address consumers reach Rightful at, for the status link; null to use the
   *     address of the request
   */
  private final RecordKeeping recordKeeping;

  public CenterRoutes(
      RequestService requests,
      AgentPermissions permissions,
      AgentConfirmationLinks links,
      CenterCsrf csrf,
      ZoneId zone,
      String publicUrl,
      VerificationService verification,
      RecordKeeping recordKeeping) {
    this.verification = verification;
    this.recordKeeping = recordKeeping;
    this.requests = requests;
    this.permissions = permissions;
    this.links = links;
    this.csrf = csrf;
    this.zone = zone;
    this.publicUrl = publicUrl;
  }

  /**
   * The path as logs may show it: the secrets in a status or confirmation link (the token, the
   * signature) replaced by their names, since whoever reads them can follow the link.
   */
  public static String loggable(String path) {
    String prefix = FORM + "/status/";
    if (!path.startsWith(prefix)) {
      return path;
    }
    String rest = path.substring(prefix.length());
    String tail = rest.indexOf('/') < 0 ? "" : rest.substring(rest.indexOf('/'));
    if (tail.startsWith("/confirm-agent/")) {
      tail = "/confirm-agent/{signature}";
    }
    return prefix + "{token}" + tail;
  }

  /**
   * What the pages show of the consumer's privacy choices: whether the chrome links "Limit the Use
   * of My Sensitive Personal Information" (only when the map offers it, rule 43), and how a signal
   * from an identified consumer is applied. Call before {@link #register}.
   */
  public CenterRoutes privacyChoices(boolean limitLink, KnownConsumerSignal signal) {
    this.pages = new CenterPages(limitLink);
    this.signal = signal;
    return this;
  }

  /**
   * What the correction form lets the consumer choose, from the data map. Call before {@link
   * #register}.
   */
  public CenterRoutes correctable(List<CorrectableInformation> correctable) {
    this.correctable = List.copyOf(correctable);
    this.parser =
        new SubmissionParser(
            correctable.stream()
                .map(CorrectableInformation::field)
                .collect(java.util.stream.Collectors.toSet()));
    return this;
  }

  /** The ADMT requests offered and notices linked, from the map (7220-7222); before register. */
  public CenterRoutes admt(AdmtOffer admt) {
    this.admt = admt;
    return this;
  }

  /**
   * Refuses form POSTs over the limits of {@code limiter} with a 429 page. Call before {@link
   * #register}.
   */
  public CenterRoutes limited(IntakeLimiter limiter) {
    this.limiter = limiter;
    return this;
  }

  public void register(RoutesConfig routes) {
    routes.before(this::guard);
    routes.get(FORM, ctx -> pages.render(ctx, 200, "choose", new ChoosePage(null, admt)));
    routes.get(FORM + "/new", this::form);
    routes.post(FORM, this::submit);
    routes.get(STATUS + "/received", this::received);
    routes.get(STATUS, this::status);
    routes.post(STATUS + "/code", this::sendCode);
    routes.post(STATUS + "/code/check", this::checkCode);
    routes.get(CONFIRM, this::confirmation);
    routes.post(CONFIRM, this::confirmAgent);
    routes.exception(
        PageProblem.class,
        (e, ctx) ->
            pages.render(ctx, e.status(), "message", new MessagePage(e.title(), e.getMessage())));
  }

  /** Every center page: never cached (typed answers, secret links); every POST: the token. */
  private void guard(Context ctx) {
    if (!ctx.path().startsWith(FORM)) {
      return;
    }
    ctx.header("Cache-Control", "no-store");
    if (ctx.method() == HandlerType.POST) {
      PermissionUpload.configure(ctx);
      readForm(ctx);
    }
    csrf.handle(ctx);
  }

  /** Reads the posted form once, so a body over the limits is refused here with a page. */
  private static void readForm(Context ctx) {
    try {
      ctx.formParamMap();
    } catch (
        Exception e) { // Jetty's ServletException is checked, though Javalin does not declare it
      // Jetty refuses an oversized or malformed body while parsing it; nothing was stored.
      boolean tooLarge = ctx.contentLength() > PermissionFile.MAX_BYTES;
      throw new PageProblem(
          tooLarge ? 413 : 400,
          Translator.current().t(tooLarge ? "problem.too-large" : "problem.unreadable"),
          Translator.current().t(tooLarge ? "problem.too-large.text" : "problem.unreadable.text"));
    }
  }

  private void form(Context ctx) {
    RequestChoice choice = choice(ctx, ctx.queryParam("type"));
    if (choice != null) {
      FormPage page =
          new FormPage(
              choice,
              RequestForm.blank(choice.type()),
              List.of(),
              csrf.token(ctx),
              recordKeeping.months(),
              correctable);
      pages.render(ctx, 200, "form", page);
    }
  }

  private void submit(Context ctx) {
    if (limiter != null) {
      refuseOver(ctx, limiter.fromAddress(ctx.ip()));
    }
    RequestChoice choice = choice(ctx, ctx.formParam("type"));
    if (choice == null) {
      return;
    }
    RequestForm form = RequestForm.of(choice.type(), ctx.formParamMap());
    List<FieldError> errors = new ArrayList<>(form.formErrors());
    PermissionUpload upload = PermissionUpload.read(ctx, form);
    errors.addAll(upload.errors());
    Submission submission = null;
    try {
      submission = parser.parse(form.toJson(), Channel.WEB).withLanguage(language(ctx));
    } catch (InvalidSubmission invalid) {
      errors.addAll(invalid.errors());
    }
    if (!errors.isEmpty()) {
      pages.render(
          ctx,
          400,
          "form",
          FormPage.withErrors(
              choice, form, errors, csrf.token(ctx), recordKeeping.months(), correctable));
      return;
    }
    if (limiter != null) {
      refuseOver(ctx, limiter.naming(submission));
    }
    RequestService.Receipt receipt =
        upload.file() == null
            ? requests.submit(submission, "consumer")
            : requests.submit(
                submission,
                "consumer",
                (handle, request) -> permissions.store(handle, request.id(), upload.file()));
    ctx.redirect(receipt.statusPath() + "/received", HttpStatus.SEE_OTHER);
  }

  /**
   * The language the consumer filed in: the page's they filled in (the form's hidden field), else
   * the one this request's page would be shown in. Their later mails are written in it.
   */
  private static String language(Context ctx) {
    String posted = ctx.formParam("language");
    return Translator.supports(posted) ? posted : Translator.current().language();
  }

  /** Answers a 429 page with {@code Retry-After} when {@code wait} says a limit is reached. */
  private static void refuseOver(Context ctx, Optional<Duration> wait) {
    if (wait.isPresent()) {
      long seconds = IntakeLimiter.seconds(wait.get());
      ctx.header("Retry-After", Long.toString(seconds));
      throw PageProblem.tooManyRequests(seconds);
    }
  }

  private void received(Context ctx) {
    RightsRequest request = request(ctx);
    String path = FORM + "/status/" + ctx.pathParam("token");
    pages.render(
        ctx,
        200,
        "confirmation",
        ConfirmationPage.of(request, path, absolute(ctx, path)),
        Map.of("optOutHonored", ownRequestSignal(ctx, request)));
  }

  /**
   * Applies the signal of the consumer who made their own request: the status link identifies them.
   * An agent may hold the link of theirs, so there only the link sent to the consumer does (see
   * {@link #confirmation}).
   */
  private boolean ownRequestSignal(Context ctx, RightsRequest request) {
    return request.requester().kind() == dev.rightful.requests.RequesterKind.CONSUMER
        && signal.honour(ctx, request);
  }

  private void status(Context ctx) {
    RightsRequest request = request(ctx);
    StatusPage page =
        StatusPage.of(request, requests.timeline(request.id(), true), zone, false, null, null);
    String notice = CodeNotice.text(ctx.queryParam("verification"));
    Optional<Instant> locked =
        verification.waitsForCode(request) ? verification.lockedUntil(request) : Optional.empty();
    if (locked.isPresent()) {
      // No forms while locked: the page says when a new code can be asked for.
      page =
          page.withCodeStep(
              new StatusPage.CodeStep(null, null, null, CodeNotice.locked(locked.get(), zone)));
    } else if (verification.waitsForCode(request)) {
      String base = FORM + "/status/" + ctx.pathParam("token");
      page =
          page.withCodeStep(
              new StatusPage.CodeStep(
                  base + "/code", base + "/code/check", csrf.token(ctx), notice));
    } else if (notice != null) {
      // The outcome of the last step, with no forms left to fill in.
      page = page.withCodeStep(new StatusPage.CodeStep(null, null, null, notice));
    }
    pages.render(ctx, 200, "status", page, Map.of("optOutHonored", ownRequestSignal(ctx, request)));
  }

  /** Emails a code; never says whether one went out, only whether the network's limit is hit. */
  private void sendCode(Context ctx) {
    if (limiter != null) {
      refuseOver(ctx, limiter.codeRequestFrom(ctx.ip()));
    }
    RightsRequest request = request(ctx);
    VerificationService.Sending sending = verification.sendCode(request.id(), ctx.ip());
    String notice =
        switch (sending) {
          case CLIENT_LIMITED -> "limited";
          case LOCKED -> "locked";
          case SENT, NOT_SENT -> "sent";
        };
    ctx.redirect(
        FORM + "/status/" + ctx.pathParam("token") + "?verification=" + notice,
        HttpStatus.SEE_OTHER);
  }

  private void checkCode(Context ctx) {
    RightsRequest request = request(ctx);
    String code = ctx.formParam("code");
    VerificationService.Check check =
        verification.checkCode(
            request.id(), ctx.pathParam("token"), code == null ? "" : code.strip());
    String notice;
    if (check instanceof VerificationService.Check.Confirmed confirmed) {
      notice =
          confirmed.request().status() == dev.rightful.requests.RequestStatus.VERIFIED
              ? "verified"
              : "not-matched";
    } else if (check instanceof VerificationService.Check.Locked) {
      notice = "locked";
    } else {
      notice = "rejected";
    }
    ctx.redirect(
        FORM + "/status/" + ctx.pathParam("token") + "?verification=" + notice,
        HttpStatus.SEE_OTHER);
  }

  private void confirmation(Context ctx) {
    RightsRequest request = signedRequest(ctx);
    // The signed link went to the consumer only, so it identifies them (7025(c)(1)).
    boolean honored = signal.honour(ctx, request);
    pages.render(
        ctx,
        200,
        "status",
        StatusPage.of(
            request,
            requests.timeline(request.id(), true),
            zone,
            true,
            ctx.path(),
            csrf.token(ctx)),
        Map.of("optOutHonored", honored));
  }

  /** The consumer confirms directly that the agent may act for them (7063(a)). */
  private void confirmAgent(Context ctx) {
    RightsRequest request = signedRequest(ctx);
    if (StatusPage.agentStep(request, true) == StatusPage.AgentStep.CONFIRM) {
      requests.confirmAgent(request.id(), "consumer");
    }
    ctx.redirect(FORM + "/status/" + ctx.pathParam("token"), HttpStatus.SEE_OTHER);
  }

  /** The chosen request; renders the first step again with an error when there is none. */
  private RequestChoice choice(Context ctx, String typeId) {
    RequestChoice choice = typeId == null ? null : RequestChoice.find(typeId).orElse(null);
    if (choice == null || admt.refusal(choice.type()).isPresent()) { // not offered: AdmtOffer
      choice = null;
      pages.render(
          ctx, 400, "choose", new ChoosePage(Translator.current().t("choose.error"), admt));
    }
    return choice;
  }

  private RightsRequest request(Context ctx) {
    return requests.findByStatusToken(ctx.pathParam("token")).orElseThrow(PageProblem::notFound);
  }

  /** The request of a confirmation link, which must carry the consumer's signature. */
  private RightsRequest signedRequest(Context ctx) {
    RightsRequest request = request(ctx);
    if (!links.isValid(request.id(), ctx.pathParam("signature"))) {
      throw PageProblem.notFound();
    }
    return request;
  }

  private String absolute(Context ctx, String path) {
    if (publicUrl != null) {
      return publicUrl + path;
    }
    return ctx.scheme() + "://" + ctx.host() + path;
  }
}
