package dev.rightful.consent;

import dev.rightful.law.Deadlines;
import dev.rightful.law.RequestType;
import dev.rightful.web.AddressLimit;
import dev.rightful.web.Csrf;
import dev.rightful.web.Translator;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The privacy center's opt-out pages, each with a form that needs no account and no JavaScript: "Do
 * Not Sell or Share My Personal Information" ({@code /privacy/do-not-sell}, 7026(a)) and "Limit the
 * Use of My Sensitive Personal Information" ({@code /privacy/limit}, 7027(b)). Also records an
 * opt-out preference signal sent to any privacy-center page. Thread-safe.
 *
 * <p>Forms carry a {@link Csrf} token bound to the browser's device id; a browser without the
 * cookie posts the device id the page was rendered for, which then becomes its cookie.
 */
final class PrivacyPages {
  static final String DO_NOT_SELL = "/privacy/do-not-sell";
  static final String LIMIT = "/privacy/limit";

  private final ConsentService service;

  /** A day in words in the page's language, in California time: "March 2, 2026". */
  private static String day(java.time.temporal.TemporalAccessor when) {
    return Translator.current().format("format.short-date", when);
  }

  private final DeviceCookie devices;
  private final Csrf csrf;
  private final TemplateEngine templates;
  private final Practices practices;
  private final String tollFree;
  private final String contactEmail;
  // Whether the chrome links "Limit the Use of My Sensitive Personal Information" (rule 43).
  private final boolean limitLink;
  private AddressLimit writes = AddressLimit.NONE;

  PrivacyPages(
      ConsentService service,
      DeviceCookie devices,
      Csrf csrf,
      TemplateEngine templates,
      String tollFree,
      String contactEmail,
      boolean limitLink) {
    this.limitLink = limitLink;
    this.service = service;
    this.devices = devices;
    this.csrf = csrf;
    this.templates = templates;
    this.practices = service.rules().practices();
    this.tollFree = tollFree;
    this.contactEmail = contactEmail;
  }

  /** Limits these writes per client address; call before {@code register}. */
  void limitWrites(AddressLimit writes) {
    this.writes = writes;
  }

  void register(RoutesConfig routes) {
    routes.before("/privacy/*", this::signal);
    for (OptOutPage.Kind kind : OptOutPage.Kind.values()) {
      routes.get(kind.path(), ctx -> show(ctx, kind, null));
      routes.post(kind.path(), ctx -> submit(ctx, kind));
    }
  }

  /** 7025(b)-(c): a signal sent to any privacy-center page opts the browser out. */
  private void signal(Context ctx) {
    if (Signals.headerSignal(ctx)) {
      String device = devices.getOrIssue(ctx);
      service.recordSignal(
          ConsentSubject.deviceKey(device), Signals.context(ctx, ctx.path(), "Sec-GPC header"));
    }
  }

  private void show(Context ctx, OptOutPage.Kind kind, String error) {
    String device = devices.getOrIssue(ctx);
    render(ctx, kind, device, error);
  }

  private void submit(Context ctx, OptOutPage.Kind kind) {
    String device = devices.find(ctx);
    if (device == null && ConsentSubject.isDeviceId(ctx.formParam("device"))) {
      device = ctx.formParam("device");
      devices.issue(ctx, device);
    }
    if (!csrf.passes(ctx, device)) {
      ctx.status(HttpStatus.BAD_REQUEST);
      show(ctx, kind, Translator.current().t("consent.expired"));
      return;
    }
    Optional<Duration> wait = writes.take(ctx.ip());
    if (wait.isPresent()) {
      long seconds = AddressLimit.seconds(wait.get());
      ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds));
      render(ctx, kind, device, Translator.current().t("consent.too-many", seconds));
      return;
    }
    String email = ctx.formParam("email");
    ConsentSubject emailSubject = null;
    if (email != null && !email.isBlank()) {
      emailSubject = ConsentSubject.parse("email:" + email.strip()).orElse(null);
      if (emailSubject == null) {
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, kind, device, Translator.current().t("consent.bad-email"));
        return;
      }
    }
    Set<ConsentPurpose> purposes = purposes(kind);
    ChoiceContext context =
        new ChoiceContext(
            ChoiceSource.OPT_OUT_FORM,
            kind.path(),
            ctx.userAgent(),
            emailSubject == null ? null : "email given");
    service.record(
        ConsentSubject.deviceKey(device),
        purposes,
        Choice.OPT_OUT,
        context,
        false,
        Signals.headerSignal(ctx));
    if (emailSubject != null) {
      // the address is used for nothing but this opt-out (CC 1798.135(c)(6)) and is not linked
      service.record(service.key(emailSubject), purposes, Choice.OPT_OUT, context, false, false);
    }
    ctx.redirect(kind.path() + "?submitted=1", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, OptOutPage.Kind kind, String device, String error) {
    SubjectState state = service.currentState(ConsentSubject.deviceKey(device));
    Set<ConsentPurpose> purposes = purposes(kind);
    boolean declared = !purposes.isEmpty();
    boolean optedOut = declared;
    boolean bySignal = false;
    Instant since = null;
    for (ConsentPurpose purpose : purposes) {
      PurposeState current = state.of(purpose);
      boolean out = current != null && current.choice() == Choice.OPT_OUT;
      optedOut &= out;
      if (out) {
        bySignal |= current.source() == ChoiceSource.GPC;
        since = since == null || current.since().isAfter(since) ? current.since() : since;
      }
    }
    boolean submitted = "1".equals(ctx.queryParam("submitted"));
    String respondBy = null;
    if (optedOut && since != null) {
      RequestType type =
          kind == OptOutPage.Kind.LIMIT ? RequestType.LIMIT_SENSITIVE : RequestType.OPT_OUT;
      respondBy =
          day(
              Deadlines.standard()
                  .dueBy(type, since.atZone(Propagation.CALIFORNIA).toLocalDate())
                  .date()
                  .atStartOfDay(Propagation.CALIFORNIA));
    }
    OptOutPage page =
        new OptOutPage(
            kind,
            practices.businessName(),
            declared,
            optedOut,
            since == null ? null : day(since.atZone(Propagation.CALIFORNIA)),
            bySignal,
            Signals.headerSignal(ctx),
            submitted,
            respondBy,
            device,
            csrf.token(device),
            error,
            tollFree,
            contactEmail);
    StringOutput out = new StringOutput();
    templates.render(
        kind == OptOutPage.Kind.LIMIT ? "consent/limit.jte" : "consent/do-not-sell.jte",
        java.util.Map.of("page", page, "limitLink", limitLink),
        out);
    ctx.header("Cache-Control", "no-store");
    ctx.html(out.toString());
  }

  private Set<ConsentPurpose> purposes(OptOutPage.Kind kind) {
    Set<ConsentPurpose> out = EnumSet.noneOf(ConsentPurpose.class);
    if (kind == OptOutPage.Kind.LIMIT) {
      if (practices.usesSensitive()) {
        out.add(ConsentPurpose.SENSITIVE);
      }
    } else {
      if (practices.sells()) {
        out.add(ConsentPurpose.SALE);
      }
      if (practices.shares()) {
        out.add(ConsentPurpose.SHARE);
      }
    }
    return out;
  }
}
