package org.prongsai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.prongsai");

    @Test
    void rulesAndValuesDoNotDependOnSpring() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Policy")
                .or()
                .haveSimpleName("FiscalYear")
                .or()
                .haveSimpleName("ThaiFormat")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.springframework..")
                .check(classes);
    }

    @Test
    void controllersDoNotTouchTheDatabase() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(classes);
    }

    @Test
    void thereAreNoLayerPackages() {
        noClasses()
                .should()
                .resideInAnyPackage("..controllers..", "..services..", "..repositories..", "..util..")
                .check(classes);
    }
}
