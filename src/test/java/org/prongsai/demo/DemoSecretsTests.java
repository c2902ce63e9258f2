package org.prongsai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo's logins are its own: made for its data folder, kept there for every start, readable by its owner. */
class DemoSecretsTests {

    @Test
    void eachDataFolderMakesItsOwnLoginsAndKeepsThem(@TempDir Path one, @TempDir Path two) throws Exception {
        var first = DemoSecrets.of(one, false);
        assertThat(first.password()).isNotEqualTo(DemoSecrets.FIXED_PASSWORD).hasSizeGreaterThanOrEqualTo(10);
        assertThat(first.totp()).containsOnlyKeys("operator", "admin", "investigator", "custodian");
        assertThat(first.totp().values())
                .allSatisfy(secret -> assertThat(secret).matches("[A-Z2-7]{32}"));
        assertThat(first.totp()).doesNotContainValue("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(Files.getPosixFilePermissions(one.resolve(DemoSecrets.FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        // The next start prints the same logins; another folder has others.
        assertThat(DemoSecrets.of(one, false)).isEqualTo(first);
        var other = DemoSecrets.of(two, false);
        assertThat(other.password()).isNotEqualTo(first.password());
        assertThat(other.totp().get("admin")).isNotEqualTo(first.totp().get("admin"));
    }

    @Test
    void theFixedLoginsAreThePublishedOnes(@TempDir Path folder) throws Exception {
        var fixed = DemoSecrets.of(folder, true);
        assertThat(fixed.password()).isEqualTo("prongsai-demo");
        assertThat(fixed.totp()).containsEntry("admin", "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA");
        // Kept too: a folder once made with them keeps them, whatever the setting says later.
        assertThat(DemoSecrets.of(folder, false)).isEqualTo(fixed);
    }
}
