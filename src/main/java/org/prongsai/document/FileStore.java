package org.prongsai.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where file bytes live, addressed by their SHA-256. The default keeps them in the data folder; an
 * S3-compatible store can take its place by implementing this interface.
 */
public interface FileStore {

    /** Stores the bytes (if not already there) and returns their SHA-256 in hex. */
    String put(byte[] content) throws IOException;

    Optional<InputStream> open(String sha256) throws IOException;

    boolean exists(String sha256);
}
