package dev.rightful.consent;

import dev.rightful.web.AddressLimit;
import dev.rightful.web.ApiProblem;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints the cookie tool calls from the browser: {@code GET /api/v1/consent/me} (the
 * device's state; a {@code Sec-GPC: 1} header records the signal) and {@code POST
 * /api/v1/consent/me/choices} (the tool's choices, the JavaScript signal, the banner's dismissal),
 * with their CORS preflights. Writes are refused from origins not on the list. Each records the
 * visitor's US state when the operator's region header or the page tells it ({@link
 * VisitorRegion}), so that the answer, and later decisions for the browser, follow that state's
 * law. Thread-safe.
 */
final class BrowserRoutes {
  static final String ME = "/api/v1/consent/me";
  static final String CHOICES = "/api/v1/consent/me/choices";
  static final String NOTICE_SEEN = "rightful_notice_seen";

  private final ConsentService service;
  private final BrowserViews views;
  private final DeviceCookie devices;
  private final OptInConfirmations confirmations;
  private final ConsentCors cors;
  private final String publicUrl;
  // The cookie banner's notice at collection: its line and its path on this server, or null.
  private final String collectionLine;
  private final String collectionPath;
  private final VisitorRegion regions;
  private AddressLimit writes = AddressLimit.NONE;

  BrowserRoutes(
      ConsentService service,
      BrowserViews views,
      DeviceCookie devices,
      OptInConfirmations confirmations,
      ConsentCors cors,
      String publicUrl,
      String collectionLine,
      String collectionPath,
      VisitorRegion regions) {
    this.collectionLine = collectionLine;
    this.collectionPath = collectionPath;
    this.regions = regions;
    this.service = service;
    this.views = views;
    this.devices = devices;
    this.confirmations = confirmations;
    this.cors = cors;
    this.publicUrl = publicUrl;
  }

  /** The JSON body of a choices request; every field is optional. */
  record ChoicesBody(
      Boolean gpc,
      String page,
      Map<String, String> choices,
      String confirmation,
      Boolean dismissed,
      String region) {}

  /** Limits these writes per client address; call before {@code register}. */
  void limitWrites(AddressLimit writes) {
    this.writes = writes;
  }

  /** Adds the routes, and Javalin's CORS plugin for them. */
  void register(JavalinConfig config) {
    cors.register(config, ME, CHOICES);
    RoutesConfig routes = config.routes;
    routes.options(ME, cors::preflight);
    routes.options(CHOICES, cors::preflight);
    routes.get(ME, this::me);
    routes.post(CHOICES, this::choices);
  }

  private void me(Context ctx) {
    cors.answer(ctx);
    String device = devices.getOrIssue(ctx);
    String key = ConsentSubject.deviceKey(device);
    regions.of(ctx, ctx.queryParam("region")).ifPresent(r -> service.recordRegion(key, r));
    boolean signal = Signals.headerSignal(ctx);
    if (signal) {
      service.recordSignal(key, Signals.context(ctx, pageOf(ctx, null), "Sec-GPC header"));
    }
    ctx.json(view(ctx, device, key, signal, null, null));
  }

  private void choices(Context ctx) {
    if (!cors.allowed(ctx)) {
      throw new ApiProblem(403, "Forbidden", "Requests from this origin are not accepted.", null);
    }
    cors.answer(ctx);
    writes.check(ctx, "Nothing was recorded.");
    ChoicesBody body = parse(ctx);
    String device = devices.getOrIssue(ctx);
    String key = ConsentSubject.deviceKey(device);
    String page = pageOf(ctx, body.page());
    regions.of(ctx, body.region()).ifPresent(r -> service.recordRegion(key, r));
    boolean header = Signals.headerSignal(ctx);
    boolean signal = header || Boolean.TRUE.equals(body.gpc());
    if (signal) {
      service.recordSignal(
          key,
          Signals.context(ctx, page, header ? "Sec-GPC header" : "navigator.globalPrivacyControl"));
    }
    Set<ConsentPurpose> optOuts = EnumSet.noneOf(ConsentPurpose.class);
    Set<ConsentPurpose> optIns = EnumSet.noneOf(ConsentPurpose.class);
    if (body.choices() != null) {
      body.choices()
          .forEach(
              (purposeId, choiceId) -> {
                ConsentPurpose purpose =
                    ConsentPurpose.fromId(purposeId)
                        .orElseThrow(
                            () ->
                                ApiProblem.badRequest(
                                    "choices", "unknown purpose '" + purposeId + "'"));
                Choice choice =
                    Choice.fromId(choiceId)
                        .orElseThrow(
                            () ->
                                ApiProblem.badRequest(
                                    "choices", "a choice is 'opt-out' or 'opt-in'"));
                (choice == Choice.OPT_OUT ? optOuts : optIns).add(purpose);
              });
    }
    ChoiceContext context =
        new ChoiceContext(ChoiceSource.COOKIE_TOOL, page, ctx.userAgent(), null);
    if (!optOuts.isEmpty()) {
      service.record(key, optOuts, Choice.OPT_OUT, context, false, signal);
    }
    BrowserView.Confirmation confirm = null;
    String refusal = null;
    if (!optIns.isEmpty()) {
      boolean confirmed = confirmations.validConfirmation(device, optIns, body.confirmation());
      Recorded recorded = service.record(key, optIns, Choice.OPT_IN, context, confirmed, signal);
      if (recorded.refusal().orElse(null) == OptInRefusal.NOT_CONFIRMED) {
        List<String> ids = new ArrayList<>();
        optIns.forEach(p -> ids.add(p.id()));
        confirm =
            new BrowserView.Confirmation(
                ids,
                confirmations.confirmation(device, optIns),
                "Please confirm that you want to allow this. You can opt out again at any time.");
      } else if (recorded.refused()) {
        refusal = recorded.refusal().get().message();
      }
    }
    if (Boolean.TRUE.equals(body.dismissed())) {
      ctx.cookie(
          new Cookie(
              NOTICE_SEEN,
              "1",
              "/",
              400 * 24 * 3600,
              "https".equals(ctx.scheme()),
              true,
              null,
              SameSite.LAX));
      ctx.attribute(NOTICE_SEEN, true);
    }
    ctx.json(view(ctx, device, key, signal, confirm, refusal));
  }

  private BrowserView view(
      Context ctx,
      String device,
      String key,
      boolean signal,
      BrowserView.Confirmation confirm,
      String refusal) {
    boolean seen = "1".equals(ctx.cookie(NOTICE_SEEN)) || ctx.attribute(NOTICE_SEEN) != null;
    String base = publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    BrowserView.Links links =
        new BrowserView.Links(
            base + PrivacyPages.DO_NOT_SELL, base + PrivacyPages.LIMIT, base + "/privacy/notice");
    BrowserView.CollectionLine collection =
        collectionLine == null
            ? null
            : new BrowserView.CollectionLine(collectionLine, base + collectionPath);
    return views.view(
        device, service.currentState(key), signal, seen, links, confirm, refusal, collection);
  }

  private static ChoicesBody parse(Context ctx) {
    if (ctx.body().isBlank()) {
      return new ChoicesBody(null, null, null, null, null, null);
    }
    try {
      return ctx.bodyAsClass(ChoicesBody.class);
    } catch (RuntimeException e) {
      throw ApiProblem.badRequest("body", "the body is not a valid choices object");
    }
  }

  /**
   * The page a choice was made on, without query or fragment: those may hold personal information
   * that the opt-out does not need (CC 1798.135(c)(6)).
   */
  static String pageOf(Context ctx, String claimed) {
    String page = claimed != null ? claimed : ctx.header("Referer");
    if (page == null) {
      return ctx.path();
    }
    try {
      URI uri = URI.create(page);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return uri.getPath();
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
          + (uri.getPath() == null ? "" : uri.getPath());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
