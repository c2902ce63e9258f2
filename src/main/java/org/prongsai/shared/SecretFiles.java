package org.prongsai.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A secret written to a file only its owner may read (mode 0600 from the moment it exists). */
public final class SecretFiles {

    private SecretFiles() {}

    /**
     * The Tink keyset kept in this file, made (AES-256-GCM) and written with mode 0600 if it is not there yet:
     * the keys that seal TOTP secrets and complaints live outside the database, in files like this.
     */
    public static com.google.crypto.tink.KeysetHandle keyset(Path file)
            throws IOException, java.security.GeneralSecurityException {
        com.google.crypto.tink.aead.AeadConfig.register();
        if (Files.exists(file)) {
            return com.google.crypto.tink.TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(file), com.google.crypto.tink.InsecureSecretKeyAccess.get());
        }
        var handle = com.google.crypto.tink.KeysetHandle.generateNew(
                com.google.crypto.tink.aead.PredefinedAeadParameters.AES256_GCM);
        create(
                file,
                com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(
                        handle, com.google.crypto.tink.InsecureSecretKeyAccess.get()));
        return handle;
    }

    public static void create(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions (Windows): its own access rules apply.
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
