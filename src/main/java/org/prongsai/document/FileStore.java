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

    /**
     * The store does not answer (down, unreachable, timed out): nothing can be said of any file, and a file is
     * not "missing" because of it. Answered as 503, "try again".
     */
    @org.springframework.web.bind.annotation.ResponseStatus(
            value = org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
            reason = "The file store does not answer")
    final class Unavailable extends java.io.UncheckedIOException {
        public Unavailable(String message, Throwable cause) {
            super(message, new IOException(cause.getMessage(), cause));
        }
    }
}
