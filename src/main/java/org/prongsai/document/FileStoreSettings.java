package org.prongsai.document;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prongsai.files.*}: where uploaded and issued files live. {@code local} (the default) keeps them under
 * {@code <data>/files}, which several instances must then share (a network mount); {@code s3} keeps them in a
 * bucket of any S3-compatible store (AWS S3, MinIO, Ceph, a cloud provider's object storage), which every instance
 * reaches by itself.
 */
@ConfigurationProperties("prongsai.files")
public record FileStoreSettings(String store, S3 s3) {

    /**
     * The bucket, and how to reach it. An empty endpoint means AWS itself; any other store needs its address,
     * and most need path-style addresses ({@code https://host/bucket/key}), the default here.
     */
    public record S3(
            String endpoint,
            String region,
            String bucket,
            String prefix,
            String accessKey,
            String secretKey,
            Boolean pathStyle) {

        URI endpointUri() {
            return endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint.strip());
        }

        String regionOrDefault() {
            return region == null || region.isBlank() ? "us-east-1" : region.strip();
        }

        String prefixOrNone() {
            if (prefix == null || prefix.isBlank()) {
                return "";
            }
            var p = prefix.strip();
            return p.endsWith("/") ? p : p + "/";
        }

        boolean pathStyleOrDefault() {
            return pathStyle == null || pathStyle;
        }
    }

    public boolean s3Chosen() {
        if (store == null || store.isBlank() || store.strip().equalsIgnoreCase("local")) {
            return false;
        }
        if (store.strip().equalsIgnoreCase("s3")) {
            if (s3 == null || s3.bucket() == null || s3.bucket().isBlank()) {
                throw new IllegalStateException(
                        "prongsai.files.store is s3 but no bucket is set (PRONGSAI_FILES_S3_BUCKET)");
            }
            return true;
        }
        throw new IllegalStateException(
                "prongsai.files.store must be local or s3, not '" + store + "' (PRONGSAI_FILES_STORE)");
    }
}
