package dev.rightful.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.demo.DemoDatabase.Dialect;
import dev.rightful.demo.SqlScript.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SqlScriptTest {

  private static List<String> sql(String script, Dialect dialect) {
    return SqlScript.split(script, dialect).stream().map(Statement::sql).toList();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void semicolons_inside_string_literals_do_not_end_a_statement(Dialect dialect) {
    String script = "INSERT INTO t VALUES ('a; b', 'it''s; fine');\nSELECT 2;";

    assertThat(sql(script, dialect))
        .containsExactly("INSERT INTO t VALUES ('a; b', 'it''s; fine')", "SELECT 2");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void semicolons_in_comments_and_quoted_identifiers_do_not_end_a_statement(Dialect dialect) {
    String script =
        "-- header; still a comment\n"
            + "/* block; comment */ CREATE TABLE \"odd;name\" (a INT); -- trailing; comment\n"
            + "SELECT 1";

    assertThat(sql(script, dialect))
        .containsExactly("CREATE TABLE \"odd;name\" (a INT)", "SELECT 1");
  }

  @Test
  void statements_carry_the_line_they_start_on_after_leading_comments() {
    String script = "-- one\n-- two\nCREATE TABLE a (x INT);\n\n\nINSERT INTO a\nVALUES (1);\n";

    assertThat(SqlScript.split(script, Dialect.H2))
        .containsExactly(
            new Statement("CREATE TABLE a (x INT)", 3),
            new Statement("INSERT INTO a\nVALUES (1)", 6));
  }

  @Test
  void mariadb_backslash_escapes_keep_the_string_open() {
    String script = "INSERT INTO t VALUES ('it\\'s; fine'); SELECT `a;b` FROM t # note; here\n;";

    assertThat(sql(script, Dialect.MARIADB))
        .containsExactly(
            "INSERT INTO t VALUES ('it\\'s; fine')", "SELECT `a;b` FROM t # note; here");
  }

  @Test
  void postgresql_backslash_ends_a_standard_string_but_not_an_escape_string() {
    assertThat(sql("SELECT 'a\\'; SELECT E'b\\'; c'; SELECT 3", Dialect.POSTGRESQL))
        .containsExactly("SELECT 'a\\'", "SELECT E'b\\'; c'", "SELECT 3");
  }

  @Test
  void postgresql_dollar_quoted_bodies_and_nested_comments_stay_whole() {
    String script =
        "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
            + "/* outer /* inner; */ still; comment */ SELECT $1, a$b FROM t;";

    assertThat(sql(script, Dialect.POSTGRESQL))
        .containsExactly(
            "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
            "SELECT $1, a$b FROM t");
  }

  @Test
  void mariadb_double_dash_without_a_space_is_not_a_comment() {
    assertThat(sql("SELECT 1--1; SELECT 2", Dialect.MARIADB))
        .containsExactly("SELECT 1--1", "SELECT 2");
  }

  @Test
  void mariadb_executable_comments_are_statements() {
    assertThat(sql("/*!40101 SET NAMES utf8mb4 */;\n/* plain */;", Dialect.MARIADB))
        .containsExactly("/*!40101 SET NAMES utf8mb4 */");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void an_unterminated_string_is_reported_with_its_line(Dialect dialect) {
    assertThatThrownBy(() -> SqlScript.split("SELECT 1;\n\nSELECT 'open;\nSELECT 2;", dialect))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("3: unterminated string literal");
  }

  @Test
  void blank_and_comment_only_scripts_have_no_statements() {
    assertThat(SqlScript.split("\uFEFF  -- nothing;\n;;\n/* here */", Dialect.H2)).isEmpty();
  }
}
