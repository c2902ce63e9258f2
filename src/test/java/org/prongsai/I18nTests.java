package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Thai and English say the same things, and templates say nothing that is not in a bundle. */
class I18nTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9._-]+\\.)'");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:agency|account|audit|document|site|admin|validation|form|layout|error|scoring|assessment|ita|framework|improvement|disclosure|participation|news)\\.[a-z0-9.-]+)\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([a-z]+\\.[a-z0-9.-]+)}");

    @Test
    void everyThaiKeyHasAnEnglishTextAndTheOtherWayRound() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (var thai :
                    files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                var english =
                        thai.resolveSibling(thai.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English twin of %s", thai).exists();
                var th = load(thai);
                var en = load(english);
                assertThat(en.stringPropertyNames()).as("keys of %s", english).isEqualTo(th.stringPropertyNames());
                th.stringPropertyNames()
                        .forEach(key -> assertThat(th.getProperty(key)).as(key).isNotBlank());
                en.stringPropertyNames()
                        .forEach(key -> assertThat(en.getProperty(key)).as(key).isNotBlank());
            }
        }
    }

    /**
     * A text with placeholders goes through MessageFormat, where a lone apostrophe quotes what follows: "the
     * plan's year {1}" would print "the plans year {1}". Such texts write it twice.
     */
    /** A key written twice in a bundle silently keeps the second text: each key once. */
    @Test
    void everyKeyIsWrittenOnce() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (var file : files.toList()) {
                var seen = new java.util.HashSet<String>();
                for (var line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                        continue;
                    }
                    var key = line.substring(0, line.indexOf('=')).strip();
                    assertThat(seen.add(key))
                            .as("%s in %s", key, file.getFileName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyTextWithPlaceholdersDoublesItsApostrophes() throws IOException {
        var lone = Pattern.compile("(?<!')'(?!')");
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (var file : files.toList()) {
                var texts = load(file);
                for (var key : texts.stringPropertyNames()) {
                    var text = texts.getProperty(key);
                    if (text.matches("(?s).*\\{\\d.*")) {
                        assertThat(lone.matcher(text).find())
                                .as("%s in %s: %s", key, file.getFileName(), text)
                                .isFalse();
                        assertThat(java.text.MessageFormat.format(text, 1, 2, 3, 4))
                                .as(key)
                                .doesNotContain("{0")
                                .doesNotContain("{1");
                    }
                }
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        var known = allKeys();
        var missing = new TreeSet<String>();
        for (var file : files(TEMPLATES, ".html")) {
            var text = Files.readString(file);
            TEMPLATE_KEY
                    .matcher(text)
                    .results()
                    .map(m -> m.group(1))
                    .filter(k -> !known.contains(k))
                    .forEach(k -> missing.add(file.getFileName() + ": " + k));
            DYNAMIC_KEY
                    .matcher(text)
                    .results()
                    .map(m -> m.group(1))
                    .filter(prefix -> known.stream().noneMatch(k -> k.startsWith(prefix)))
                    .forEach(k -> missing.add(file.getFileName() + ": " + k + "*"));
        }
        for (var file : files(JAVA, ".java")) {
            var text = Files.readString(file);
            JAVA_KEY.matcher(text)
                    .results()
                    .map(m -> m.group(1))
                    .filter(k -> !known.contains(k) && !k.endsWith("."))
                    .forEach(k -> missing.add(file.getFileName() + ": " + k));
            VALIDATION_KEY
                    .matcher(text)
                    .results()
                    .map(m -> m.group(1))
                    .filter(k -> !known.contains(k))
                    .forEach(k -> missing.add(file.getFileName() + ": " + k));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        var offenders = new ArrayList<String>();
        for (var file : files(TEMPLATES, ".html")) {
            var text = Files.readString(file)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            // Text between tags: anything with a letter in it is literal text a reader would see.
            var between = Pattern.compile(">([^<>]*)<").matcher(text);
            while (between.find()) {
                var chunk = between.group(1).strip();
                if (chunk.codePoints().anyMatch(Character::isLetter)) {
                    offenders.add(file.getFileName() + ": " + chunk);
                }
            }
            // Attributes people read: alt, title, placeholder, aria-label.
            var readable = Pattern.compile("\\s(alt|title|placeholder|aria-label)=\"([^\"]*)\"")
                    .matcher(text);
            while (readable.find()) {
                if (readable.group(2).codePoints().anyMatch(Character::isLetter)) {
                    offenders.add(file.getFileName() + ": " + readable.group(1) + "=" + readable.group(2));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static Set<String> allKeys() throws IOException {
        var keys = new TreeSet<String>();
        for (var file : files(MESSAGES, ".properties")) {
            keys.addAll(load(file).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static java.util.List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
