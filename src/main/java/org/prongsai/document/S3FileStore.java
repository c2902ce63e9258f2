package org.prongsai.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of an S3-compatible store, under {@code <prefix>ab/cd/abcd…} as in the data folder. Every
 * instance reaches the same bucket, so none marks another's files missing. Content is addressed by its SHA-256,
 * so a key once written never changes; what is read back is checked against its address.
 */
final class S3FileStore implements FileStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3FileStore(FileStoreSettings.S3 settings) {
        var builder = S3Client.builder()
                // Bounded: a store that hangs fails the request in seconds instead of holding its database
                // connection while the pool runs dry.
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build())
                .overrideConfiguration(
                        c -> c.apiCallAttemptTimeout(Duration.ofSeconds(10)).apiCallTimeout(Duration.ofSeconds(20)))
                .region(Region.of(settings.regionOrDefault()))
                .forcePathStyle(settings.pathStyleOrDefault())
                // Only the checksums S3 requires: the newer default ones are refused by several compatible stores.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpointUri() != null) {
            builder.endpointOverride(settings.endpointUri());
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            // The machine's own: environment, profile or the instance's role.
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket().strip();
        this.prefix = settings.prefixOrNone();
        var where = settings.endpoint() == null ? "AWS" : settings.endpoint();
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            // Said at the start, not at the first upload, in words an operator can act on.
            var why =
                    switch (e.statusCode()) {
                        case 404 -> "there is no such bucket (make it first)";
                        case 401, 403 -> "the access key or its secret is refused, or has no right to the bucket";
                        default -> e.getMessage();
                    };
            throw new IllegalStateException(
                    "The file store's bucket '" + bucket + "' cannot be used at " + where + ": " + why, e);
        } catch (SdkException e) {
            // Said at the start, not at the first upload.
            throw new IllegalStateException(
                    "The file store's bucket '" + bucket + "' cannot be reached at " + where + ": " + e.getMessage(),
                    e);
        }
        log.info("Files are kept in the S3 bucket '{}'{}", bucket, prefix.isEmpty() ? "" : " under " + prefix);
    }

    @Override
    public String put(byte[] content) throws IOException {
        var sha = LocalFileStore.sha256(content);
        if (exists(sha)) {
            return sha;
        }
        try {
            s3.putObject(
                    p -> p.bucket(bucket).key(keyOf(sha)).contentLength((long) content.length),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new Unavailable("Could not store the file in the bucket '" + bucket + "': " + e.getMessage(), e);
        }
        return sha;
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = s3.getObjectAsBytes(g -> g.bucket(bucket).key(keyOf(sha256)))
                    .asByteArray();
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new Unavailable("Could not read the file from the bucket '" + bucket + "': " + e.getMessage(), e);
        }
        if (!LocalFileStore.sha256(content).equals(sha256)) {
            // Changed in the bucket behind Prongsai's back: not served as if it were the original.
            log.warn(
                    "The file {} in the bucket '{}' does not match its address; it is treated as missing",
                    sha256,
                    bucket);
            return Optional.empty();
        }
        return Optional.of(new java.io.ByteArrayInputStream(content));
    }

    @Override
    public boolean exists(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return false;
        }
        try {
            s3.headObject(h -> h.bucket(bucket).key(keyOf(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new Unavailable("The bucket '" + bucket + "' did not answer: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new Unavailable("The bucket '" + bucket + "' did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String keyOf(String sha) {
        return prefix + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }
}
