package dev.rightful.datamap.internal;

import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.Table;
import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import dev.rightful.law.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code systems} section: each system, its tables and their fields, with each field's
 * {@code references} parsed into a {@link Reference} here, once.
 */
public final class SystemReader {
  private SystemReader() {}

  public static DataSystem system(Node node) {
    var f =
        new Fields(
            node,
            Set.of(
                "id",
                "name",
                "connector",
                "urlEnv",
                "userEnv",
                "passwordEnv",
                "secretEnv",
                "email",
                "tables"));
    List<Table> tables = new ArrayList<>();
    f.node("tables").ifPresent(list -> list.items().forEach(t -> tables.add(table(t))));
    if (!f.has("tables")) {
      node.error("system '" + f.text("id") + "' needs 'tables'");
    }
    String connector =
        f.choice(
            "connector",
            c ->
                List.of("jdbc", "webhook", "manual", "email").contains(c)
                    ? Optional.of(c)
                    : Optional.empty(),
            List.of("jdbc", "webhook", "manual", "email"),
            "jdbc");
    return new DataSystem(
        f.requiredId("id"),
        f.text("name"),
        connector,
        f.text("urlEnv"),
        f.text("userEnv"),
        f.text("passwordEnv"),
        EnvNames.envName(f, "secretEnv", "VENDOR_API_SECRET"),
        f.text("email"),
        tables,
        node.location());
  }

  private static Table table(Node node) {
    var f =
        new Fields(
            node,
            Set.of(
                "name",
                "description",
                "primaryKey",
                "timeColumn",
                "fields",
                "onDelete",
                "retainedBy"));
    String name = f.identifier("name", true);
    List<Field> fields = new ArrayList<>();
    f.node("fields").ifPresent(list -> list.items().forEach(n -> fields.add(field(name, n))));
    if (!f.has("fields")) {
      node.error("table '" + f.text("name") + "' needs 'fields'");
    }
    return new Table(
        name,
        f.text("description"),
        f.identifier("primaryKey", false),
        f.identifier("timeColumn", false),
        fields,
        f.choice(
            "onDelete",
            Table.OnDelete::fromId,
            Vocabulary.ids(Table.OnDelete.class),
            Table.OnDelete.DELETE),
        f.text("retainedBy"),
        node.location());
  }

  private static Field field(String table, Node node) {
    var f =
        new Fields(
            node,
            Set.of(
                "name",
                "category",
                "identity",
                "verification",
                "references",
                "sensitive",
                "description",
                "onDelete"));
    SensitiveKind sensitive =
        f.choice("sensitive", SensitiveKind::fromId, Vocabulary.ids(SensitiveKind.class), null);
    var categories = f.categories("category");
    if (sensitive != null) {
      categories.add(Category.L);
    }
    String name = f.identifier("name", true);
    String written = f.text("references");
    Reference references = Reference.parse(table, name, written).orElse(null);
    if (written != null && references == null) {
      f.node("references")
          .get()
          .error("'references' must be written table.column, not '" + written + "'");
    }
    return new Field(
        name,
        categories,
        f.choice(
            "identity",
            word -> Field.IDENTITIES.contains(word) ? Optional.of(word) : Optional.empty(),
            Field.IDENTITIES,
            null),
        f.bool("verification", false),
        references,
        sensitive,
        f.text("description"),
        f.choice("onDelete", Field.OnDelete::fromId, Vocabulary.ids(Field.OnDelete.class), null),
        node.location());
  }
}
