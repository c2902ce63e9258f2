package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ProngsaiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }

    /** The README's module map is checked against the code: a module added or removed changes the map too. */
    @Test
    void theReadmeMapsEveryModuleAndNoOther() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var map = readme.substring(readme.indexOf("## Module map"));
        map = map.substring(0, map.indexOf("\n## ", 3));
        var row = Pattern.compile("(?m)^\\| `([a-z]+)` \\|");
        var mapped = row.matcher(map).results().map(m -> m.group(1)).collect(Collectors.toSet());

        var inCode = modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString);

        assertThat(mapped).containsExactlyInAnyOrderElementsOf(inCode.toList());
    }
}
