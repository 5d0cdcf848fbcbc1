package dev.rightful;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package layering CONTRIBUTING.md describes, checked on the compiled main classes: the law is
 * pure, the data map rests on the law alone, {@code web} is a ground-floor kit that knows no
 * feature, and only the composition root and the CLI see the composition root.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.rightful");

  @Test
  void the_law_depends_on_the_jdk_alone() {
    classes()
        .that()
        .resideInAPackage("dev.rightful.law..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.rightful.law..", "java..")
        .check(MAIN);
  }

  @Test
  void input_rules_depend_on_the_jdk_alone() {
    classes()
        .that()
        .resideInAPackage("dev.rightful.input..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.rightful.input..", "java..")
        .check(MAIN);
  }

  @Test
  void the_data_map_depends_on_the_law_and_its_yaml_parser_alone() {
    classes()
        .that()
        .resideInAPackage("dev.rightful.datamap..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.rightful.datamap..", "dev.rightful.law..", "java..", "org.yaml.snakeyaml..")
        .check(MAIN);
  }

  @Test
  void the_web_kit_knows_no_feature() {
    classes()
        .that()
        .resideInAPackage("dev.rightful.web..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("dev.rightful..")
                .or(
                    resideInAnyPackage(
                        "dev.rightful.web..", "dev.rightful.input..", "dev.rightful.store..")))
        .check(MAIN);
  }

  @Test
  void the_request_domain_knows_none_of_its_pages() {
    // An agent's signed permission and its confirmation are the domain's (requests.agent), not
    // the privacy center's.
    noClasses()
        .that()
        .resideInAPackage("dev.rightful.requests..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.rightful.center..", "dev.rightful.console..")
        .check(MAIN);
  }

  @Test
  void no_feature_reaches_up_to_the_composition_root() {
    noClasses()
        .that(
            resideInAnyPackage("dev.rightful.*..")
                .and(not(resideInAnyPackage("dev.rightful.cli.."))))
        .should()
        .dependOnClassesThat()
        // the root package itself: App, WebApp, Services and the modules
        .resideInAPackage("dev.rightful")
        .check(MAIN);
  }

  @Test
  void fulfilment_knows_no_connectors_sql_but_where_it_builds_jdbc_connectors() {
    // Each connector renders its own statements for the plan view (StatementPreview); Fulfilment
    // alone makes JDBC connectors, as the factory the composition root calls.
    noClasses()
        .that(
            resideInAnyPackage("dev.rightful.fulfil..")
                .and(not(resideInAnyPackage("dev.rightful.fulfil.connector..")))
                .and(not(JavaClass.Predicates.belongToAnyOf(dev.rightful.fulfil.Fulfilment.class))))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.rightful.fulfil.connector.jdbc..")
        .check(MAIN);
  }

  @Test
  void the_packages_below_the_root_form_no_cycle() {
    // The root (App, WebApp, Services) composes them; before WebApp moved up from web, every
    // feature importing web's problem JSON closed a cycle through it.
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching("dev.rightful.(*)..")
        .should()
        .beFreeOfCycles()
        .check(MAIN);
  }
}
