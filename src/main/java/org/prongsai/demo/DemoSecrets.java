package org.prongsai.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.prongsai.shared.SecretFiles;

/**
 * The demo's password and TOTP secrets. Made at random for each data folder at its first start and kept in
 * {@code <data>/demo-secrets.properties} (mode 0600), so that every start prints logins that work, and no two
 * demos share them: a demo reachable from a network is not open to whoever read the source. The fixed, published
 * ones are used when asked ({@code prongsai.demo.fixed-secrets}: tests, benchmarks, screenshots), and for a demo
 * agency made before this file existed, whose accounts already have them.
 */
record DemoSecrets(String password, Map<String, String> totp) {

    static final String FILE = "demo-secrets.properties";
    static final String FIXED_PASSWORD = "prongsai-demo";

    private static final SecureRandom random = new SecureRandom();
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String WORD = "abcdefghjkmnpqrstuvwxyz23456789";

    /** The demo's secrets: those kept in the folder, or new ones (random, or the fixed ones) kept there now. */
    static DemoSecrets of(Path dataDir, boolean fixed) throws IOException {
        var file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            var kept = new Properties();
            kept.load(new StringReader(Files.readString(file)));
            var totp = new LinkedHashMap<String, String>();
            for (var person : DemoData.PEOPLE) {
                if (kept.getProperty("totp." + person.username()) != null) {
                    totp.put(person.username(), kept.getProperty("totp." + person.username()));
                }
            }
            return new DemoSecrets(kept.getProperty("password"), totp);
        }
        var secrets = fixed ? fixed() : random();
        var properties = new Properties();
        properties.setProperty("password", secrets.password());
        secrets.totp().forEach((user, secret) -> properties.setProperty("totp." + user, secret));
        var text = new StringWriter();
        properties.store(text, "The demo agency's logins (made at its first start; printed at every start)");
        Files.createDirectories(dataDir);
        SecretFiles.create(file, text.toString());
        return secrets;
    }

    static DemoSecrets fixed() {
        var totp = new LinkedHashMap<String, String>();
        DemoData.PEOPLE.stream().filter(p -> p.totp() != null).forEach(p -> totp.put(p.username(), p.totp()));
        return new DemoSecrets(FIXED_PASSWORD, totp);
    }

    private static DemoSecrets random() {
        var totp = new LinkedHashMap<String, String>();
        DemoData.PEOPLE.stream().filter(p -> p.totp() != null).forEach(p -> totp.put(p.username(), draw(BASE32, 32)));
        // Three groups of four: easy to type from the log, 70 bits.
        return new DemoSecrets("demo-" + draw(WORD, 4) + "-" + draw(WORD, 4) + "-" + draw(WORD, 4), totp);
    }

    private static String draw(String alphabet, int length) {
        var out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
