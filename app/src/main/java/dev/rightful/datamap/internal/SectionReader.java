package dev.rightful.datamap.internal;

import dev.rightful.datamap.Brand;
import dev.rightful.datamap.Business;
import dev.rightful.datamap.CategoryUse;
import dev.rightful.datamap.Policies;
import dev.rightful.datamap.Problem;
import dev.rightful.datamap.Purpose;
import dev.rightful.datamap.Recipient;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.datamap.Source;
import dev.rightful.datamap.WebhookUrls;
import dev.rightful.law.Category;
import dev.rightful.law.Method;
import dev.rightful.law.RecipientKind;
import dev.rightful.law.Transfer;
import dev.rightful.law.VerificationTier;
import dev.rightful.law.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads each top-level section of a data map file into the model records. */
public final class SectionReader {
  private SectionReader() {}

  public static Business business(Node node) {
    return business(node, null);
  }

  /** The business section; {@code directory} is the map folder brand files are read from. */
  public static Business business(Node node, Path directory) {
    var f =
        new Fields(
            node,
            Set.of(
                "legalName",
                "groupName",
                "affiliates",
                "website",
                "contact",
                "brand",
                "languages"));
    Business.Contact contact = f.node("contact").map(SectionReader::contact).orElse(null);
    if (contact == null) {
      node.error("'business' needs 'contact' with at least 'email'");
    }
    String legalName = f.requiredText("legalName");
    String groupName = f.text("groupName");
    String fallbackName = groupName != null ? groupName : legalName;
    Brand brand =
        f.node("brand")
            .map(b -> brand(b, fallbackName, directory))
            .orElse(Brand.plain(fallbackName));
    return new Business(
        legalName,
        groupName,
        f.texts("affiliates"),
        f.text("website"),
        contact,
        brand,
        languages(f));
  }

  /**
   * The languages offered, each one Rightful has texts for (a bundle {@code
   * i18n/messages_CODE.properties}); English among them, since every text is written in it first.
   */
  private static List<String> languages(Fields f) {
    Optional<Node> list = f.node("languages");
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node item : list.get().textItems()) {
      String code = item.text().orElse(null);
      if (code == null) {
        continue;
      }
      if (!code.matches("[a-z]{2,3}")
          || SectionReader.class
                  .getClassLoader()
                  .getResource("i18n/messages_" + code + ".properties")
              == null) {
        item.error(
            "language '"
                + code
                + "' has no texts in Rightful: offer en or es (a language is added by its"
                + " i18n/messages_CODE.properties bundle and mail/CODE/ templates)");
      } else if (out.contains(code)) {
        item.error("language '" + code + "' is listed twice");
      } else {
        out.add(code);
      }
    }
    if (!out.isEmpty() && !out.contains("en")) {
      list.get().error("'languages' must include en: every text is written in English first");
    }
    return out;
  }

  private static Brand brand(Node node, String fallbackName, Path directory) {
    var f =
        new Fields(node, Set.of("displayName", "logo", "primaryColor", "favicon", "supportLinks"));
    String name = f.text("displayName");
    String color = f.text("primaryColor");
    if (color != null) {
      Node at = f.node("primaryColor").orElseThrow();
      if (!Brand.isHexColor(color)) {
        at.error("primaryColor '" + color + "' is not a colour: write # and six hex digits");
        color = null;
      } else if (Brand.contrastWithWhite(color) < Brand.AA_NORMAL_TEXT) {
        // WCAG 2.x 1.4.3 (AA): buttons and the header put white text on this colour.
        at.error(
            String.format(
                Locale.ROOT,
                "primaryColor '%s' gives white text a contrast of %.2f:1; WCAG AA needs 4.5:1,"
                    + " choose a darker colour",
                color,
                Brand.contrastWithWhite(color)));
        color = null;
      }
    }
    List<Brand.SupportLink> links = new ArrayList<>();
    f.node("supportLinks")
        .ifPresent(
            list -> {
              for (Node item : list.items()) {
                var link = new Fields(item, Set.of("text", "url"));
                String text = link.requiredText("text");
                String url = link.requiredText("url");
                if (url != null && !url.startsWith("https://") && !url.startsWith("mailto:")) {
                  link.node("url").orElseThrow().error("a support link is https:// or mailto:");
                } else if (text != null && url != null) {
                  links.add(new Brand.SupportLink(text, url));
                }
              }
            });
    return new Brand(
        name != null ? name : fallbackName,
        brandFile(f, "logo", directory),
        color,
        brandFile(f, "favicon", directory),
        links);
  }

  private static final Pattern BRAND_FILE =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_./-]*\\.(svg|png|ico|jpg|jpeg|webp)");

  /** An https:// URL, or a file inside the map folder that exists (served by the app). */
  private static String brandFile(Fields f, String key, Path directory) {
    String value = f.text(key);
    if (value == null) {
      return null;
    }
    Node at = f.node(key).orElseThrow();
    if (value.startsWith("https://")) {
      return value;
    }
    if (!BRAND_FILE.matcher(value).matches() || value.contains("..")) {
      at.error(
          key
              + " '"
              + value
              + "' is neither an https:// URL nor a path inside the map folder to an .svg, .png,"
              + " .ico, .jpg or .webp file");
      return null;
    }
    if (directory != null && !Files.isRegularFile(directory.resolve(value))) {
      // A warning, not an error: a copy of the map's YAML alone still runs, without the image.
      at.problems()
          .add(
              new Problem(
                  Problem.Severity.WARNING,
                  at.location(),
                  key
                      + " '"
                      + value
                      + "' is not a file in the map folder "
                      + directory
                      + "; the pages show none",
                  null));
      return null;
    }
    return value;
  }

  private static Business.Contact contact(Node node) {
    var f =
        new Fields(
            node, Set.of("email", "tollFree", "requestUrl", "accessibilityEmail", "postalAddress"));
    return new Business.Contact(
        f.requiredText("email"),
        f.text("tollFree"),
        f.text("requestUrl"),
        f.text("accessibilityEmail"),
        f.text("postalAddress"),
        node.location());
  }

  public static Policies.NoticeMeta notice(Node node) {
    var f = new Fields(node, Set.of("lastUpdated", "reviewMonths"));
    if (!f.has("lastUpdated")) {
      node.error("'notice' needs 'lastUpdated' (YYYY-MM-DD)");
    }
    return new Policies.NoticeMeta(
        f.date("lastUpdated"), f.integer("reviewMonths", 12), node.location());
  }

  public static Policies.Methods methods(Node node) {
    var f = new Fields(node, Set.of("requestMethods", "optOutMethods", "limitMethods"));
    return new Policies.Methods(
        methodList(f, "requestMethods"),
        methodList(f, "optOutMethods"),
        methodList(f, "limitMethods"),
        node.location());
  }

  private static List<String> methodList(Fields f, String key) {
    List<String> out = new ArrayList<>();
    f.node(key)
        .ifPresent(
            list -> {
              for (Node item : list.textItems()) {
                item.text()
                    .ifPresent(
                        word -> {
                          if (Method.fromId(word).isPresent()) {
                            out.add(word);
                          } else {
                            item.error(
                                "unknown method '"
                                    + word
                                    + "': use one of "
                                    + String.join(", ", Vocabulary.ids(Method.class)));
                          }
                        });
              }
            });
    return out;
  }

  public static CategoryUse category(Category category, Node node) {
    var f = new Fields(node, Set.of("collected", "specifics", "verificationTier", "usedFor"));
    Boolean collected = f.requiredBool("collected");
    String specifics = f.text("specifics");
    if (Boolean.TRUE.equals(collected) && specifics == null) {
      node.error(
          "category "
              + category
              + " is collected: add 'specifics', the data sets collected in it, for the notice");
    }
    VerificationTier tier =
        f.choice(
            "verificationTier",
            // 7062(d): deleting or correcting is always verified, so "none" is no choice here.
            word -> VerificationTier.fromId(word).filter(parsed -> parsed != VerificationTier.NONE),
            List.of("reasonable", "reasonably-high"),
            VerificationTier.defaultFor(category));
    return new CategoryUse(
        category,
        Boolean.TRUE.equals(collected),
        specifics,
        tier,
        node.keyLocation(),
        usedFor(category, f));
  }

  /** 7027(m): what sensitive personal information is used for; a statement about category L. */
  private static List<CategoryUse.Use> usedFor(Category category, Fields f) {
    Optional<Node> list = f.node("usedFor");
    if (list.isEmpty()) {
      return null;
    }
    if (category != Category.L) {
      list.get()
          .keyError("'usedFor' is stated for category L (sensitive personal information) only");
      return null;
    }
    List<CategoryUse.Use> uses = new ArrayList<>();
    for (Node item : list.get().textItems()) {
      item.text().ifPresent(word -> uses.add(new CategoryUse.Use(word, item.location())));
    }
    return List.copyOf(uses);
  }

  public static Source source(Node node) {
    var f = new Fields(node, Set.of("id", "description", "categories"));
    return new Source(
        f.requiredId("id"),
        f.requiredText("description"),
        f.categories("categories"),
        node.location());
  }

  public static Purpose purpose(Node node) {
    var f = new Fields(node, Set.of("id", "description", "listAsUse", "directMarketing"));
    return new Purpose(
        f.requiredId("id"),
        f.requiredText("description"),
        f.bool("listAsUse", true),
        f.bool("directMarketing", false),
        node.location());
  }

  public static Recipient recipient(Node node) {
    var f =
        new Fields(
            node,
            Set.of(
                "id",
                "kind",
                "description",
                "categories",
                "purposes",
                "transfer",
                "vendors",
                "name",
                "address",
                "since",
                "until",
                "contract"));
    String id = f.requiredId("id");
    String named = id == null ? "this recipient" : "recipient '" + id + "'";
    if (!f.has("kind")) {
      node.error(named + " needs 'kind': service-provider, contractor or third-party");
    }
    if (!f.has("purposes")) {
      node.error(
          named
              + " has no purpose: list the ids of the purposes it receives data for in 'purposes'");
    }
    List<Recipient.Vendor> vendors = new ArrayList<>();
    f.node("vendors")
        .ifPresent(
            list -> {
              for (Node item : list.items()) {
                var v =
                    new Fields(item, Set.of("name", "email", "webhook", "secretEnv", "cookies"));
                vendors.add(
                    new Recipient.Vendor(
                        v.requiredText("name"),
                        v.text("email"),
                        webhook(v),
                        EnvNames.secretEnv(v),
                        cookies(v, item),
                        item.location()));
              }
            });
    List<String> purposes = f.texts("purposes");
    if (f.has("purposes") && purposes.isEmpty()) {
      node.error(named + " has no purpose: 'purposes' is empty; list at least one purpose id");
    }
    LocalDate since = f.date("since");
    LocalDate until = f.date("until");
    if (since != null && until != null && until.isBefore(since)) {
      f.node("until")
          .orElseThrow()
          .error(
              named
                  + " stopped receiving data ('until' "
                  + until
                  + ") before it began ('since' "
                  + since
                  + ")");
    }
    return new Recipient(
        id,
        f.choice("kind", RecipientKind::fromId, Vocabulary.ids(RecipientKind.class), null),
        f.requiredText("description"),
        f.categories("categories"),
        purposes,
        f.choice("transfer", Transfer::fromId, Vocabulary.ids(Transfer.class), Transfer.NONE),
        vendors,
        f.text("name"),
        f.text("address"),
        since,
        until,
        f.node("contract").map(ContractReader::contract).orElse(null),
        node.location());
  }

  // RFC 6265 4.1.1: a cookie name is a token; a trailing '*' stands for any ending (_ga_*).
  private static final Pattern COOKIE = Pattern.compile("[!#$%&'+\\-.^_`|~0-9A-Za-z]+\\*?");

  private static List<String> cookies(Fields v, Node item) {
    List<String> out = new ArrayList<>();
    for (String name : v.texts("cookies")) {
      if (COOKIE.matcher(name).matches()) {
        out.add(name);
      } else {
        item.error(
            "'"
                + name
                + "' is not a cookie name: use the name the vendor's tag sets, such as _fbp, or a"
                + " prefix ending in '*', such as _ga_*");
      }
    }
    return out;
  }

  public static RetentionRule retention(Node node) {
    var f =
        new Fields(
            node,
            Set.of(
                "id",
                "data",
                "rule",
                "categories",
                "tables",
                "period",
                "start",
                "condition",
                "action",
                "anonymize",
                "basis"));
    if (!f.has("period")) {
      node.error("retention rule '" + f.text("id") + "' needs 'period' (ISO-8601, e.g. P6Y)");
    }
    RetentionRule.Action action =
        f.choice(
            "action",
            a ->
                Arrays.stream(RetentionRule.Action.values())
                    .filter(v -> v.name().equalsIgnoreCase(a))
                    .findFirst(),
            List.of("delete", "anonymize"),
            RetentionRule.Action.DELETE);
    List<String> anonymize = f.texts("anonymize");
    if (action == RetentionRule.Action.ANONYMIZE && anonymize.isEmpty()) {
      node.error(
          "retention rule '" + f.text("id") + "' anonymizes: list the fields in 'anonymize'");
    }
    return new RetentionRule(
        f.requiredId("id"),
        f.requiredText("data"),
        f.text("rule"),
        f.categories("categories"),
        f.texts("tables"),
        f.period("period"),
        f.identifier("start", false),
        f.text("condition"),
        action,
        anonymize,
        f.requiredText("basis"),
        node.location());
  }

  public static Policies.Minors minors(Node node) {
    var f = new Fields(node, Set.of("knowinglyCollectsUnder16", "sellsOrSharesUnder16WithOptIn"));
    return new Policies.Minors(
        f.bool("knowinglyCollectsUnder16", false), f.bool("sellsOrSharesUnder16WithOptIn", true));
  }

  public static Policies.FinancialIncentive incentive(Node node) {
    var f = new Fields(node, Set.of("name", "description"));
    return new Policies.FinancialIncentive(
        f.requiredText("name"), f.requiredText("description"), node.location());
  }

  public static Policies.DoNotTrack doNotTrack(Node node) {
    var f = new Fields(node, Set.of("honored", "statement"));
    Boolean honored = f.requiredBool("honored");
    return new Policies.DoNotTrack(
        Boolean.TRUE.equals(honored), f.text("statement"), node.location());
  }

  /** A vendor's webhook URL, reported at its value when Rightful must not post to it. */
  private static String webhook(Fields vendor) {
    String url = vendor.text("webhook");
    if (url != null) {
      WebhookUrls.problem(url)
          .ifPresent(problem -> vendor.node("webhook").orElseThrow().error(problem));
    }
    return url;
  }
}
