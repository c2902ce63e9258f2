package org.prongsai.complaint;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.SecretFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption of cases (Tink, AES-256-GCM). Each case has a data key of its own; the data key is kept in
 * the case's row sealed by the key-encryption keyset, a file outside the database ({@code
 * prongsai.complaints.keyset-file}, by default {@code <data>/keys/complaint-keyset.json}, mode 0600, made at the
 * first start). A copy of the database or of a backup without that file reads nothing; destroying a case's data
 * key destroys all that was sealed with it. Everything is bound to its agency and case (associated data), so
 * sealed text cannot be moved to another case. Rotation: add a key to the keyset and make it primary ({@code
 * tinkey add-key}, {@code promote-key}); new cases use it, old ones keep opening with the older key.
 */
@Component
class CaseKeys {

    private final Aead keyEncryption;

    CaseKeys(
            @Value("${prongsai.complaints.keyset-file:}") String keysetFile,
            @Value("${prongsai.data-dir}") Path dataDir)
            throws GeneralSecurityException, IOException {
        var file =
                keysetFile.isBlank() ? dataDir.resolve("keys").resolve("complaint-keyset.json") : Path.of(keysetFile);
        var keyset = SecretFiles.keyset(file);
        this.keyEncryption = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /** A case's key: what it seals and opens, and how it is kept (sealed) in the case's row. */
    record CaseKey(Aead aead, byte[] sealed, byte[] context) {

        byte[] seal(String text) {
            try {
                return aead.encrypt(text.getBytes(StandardCharsets.UTF_8), context);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a case could not be sealed", e);
            }
        }

        byte[] sealBytes(byte[] content) {
            try {
                return aead.encrypt(content, context);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a case could not be sealed", e);
            }
        }

        byte[] openBytes(byte[] sealed) {
            try {
                return aead.decrypt(sealed, context);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a case could not be opened", e);
            }
        }

        String open(byte[] sealedText) {
            try {
                return new String(aead.decrypt(sealedText, context), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a case could not be opened", e);
            }
        }
    }

    CaseKey newKey(AgencyId agency, UUID caseId) {
        try {
            var handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            var context = context(agency, caseId);
            var sealed = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, keyEncryption, context);
            return new CaseKey(handle.getPrimitive(RegistryConfiguration.get(), Aead.class), sealed, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a case key could not be made", e);
        }
    }

    CaseKey key(AgencyId agency, UUID caseId, byte[] sealed) {
        try {
            var context = context(agency, caseId);
            var handle = TinkProtoKeysetFormat.parseEncryptedKeyset(sealed, keyEncryption, context);
            return new CaseKey(handle.getPrimitive(RegistryConfiguration.get(), Aead.class), sealed, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of case " + caseId + " could not be opened", e);
        }
    }

    private static byte[] context(AgencyId agency, UUID caseId) {
        return ("prongsai-complaint:" + agency.value() + ":" + caseId).getBytes(StandardCharsets.US_ASCII);
    }
}
