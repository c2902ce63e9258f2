package org.prongsai.account;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SecretFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets are kept encrypted (Tink AEAD, AES-256-GCM), so that a copy of the database or of a backup does
 * not give anyone the second factor. The keyset lives in a file outside the database ({@code
 * prongsai.totp.keyset-file}, by default {@code <data>/keys/totp-keyset.json}, made with mode 0600 at the first
 * start). Each secret is bound to its account (agency and account ids as associated data), so it cannot be
 * copied onto another row. Rotation: add a new key to the keyset and make it primary ({@code tinkey add-key},
 * {@code promote-key}); at the next start every secret under an older key is encrypted again under the new one.
 */
@Component
class TotpSecrets {

    static final String PREFIX = "tink:";

    private final KeysetHandle keyset;
    private final Aead aead;

    TotpSecrets(@Value("${prongsai.totp.keyset-file:}") String keysetFile, @Value("${prongsai.data-dir}") Path dataDir)
            throws GeneralSecurityException, IOException {
        var file = keysetFile.isBlank() ? dataDir.resolve("keys").resolve("totp-keyset.json") : Path.of(keysetFile);
        this.keyset = SecretFiles.keyset(file);
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    String encrypt(AgencyId agency, UUID account, String secret) {
        try {
            var sealed = aead.encrypt(secret.getBytes(StandardCharsets.US_ASCII), context(agency, account));
            return PREFIX + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TOTP secret could not be encrypted", e);
        }
    }

    /** The clear secret; a value stored before encryption began is returned as it is. */
    String decrypt(AgencyId agency, UUID account, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            var sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            return new String(aead.decrypt(sealed, context(agency, account)), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("TOTP secret of account " + account + " could not be decrypted", e);
        }
    }

    /** True when the stored value is clear, or sealed under a key that is no longer the primary one. */
    boolean needsSealing(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return true;
        }
        var sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        // Tink's output prefix: one version byte, then the four-byte id of the key that sealed it.
        return sealed.length < 5
                || ByteBuffer.wrap(sealed, 1, 4).getInt() != keyset.getPrimary().getId();
    }

    private static byte[] context(AgencyId agency, UUID account) {
        return ("prongsai-totp:" + agency.value() + ":" + account).getBytes(StandardCharsets.US_ASCII);
    }
}
