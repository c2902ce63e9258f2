package org.prongsai.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Artifacts;
import org.prongsai.support.S3Server;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3-compatible file store against a real S3-compatible server (S3Proxy), as two instances would use it. */
class S3FileStoreTests {

    static S3Server server;
    static S3Client raw;

    @BeforeAll
    static void startTheServer() throws Exception {
        server = S3Server.start();
        raw = server.client();
        raw.createBucket(b -> b.bucket("prongsai-files"));
    }

    @AfterAll
    static void stopTheServer() {
        if (raw != null) {
            raw.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static FileStoreSettings.S3 settings(String bucket, String prefix) {
        return new FileStoreSettings.S3(
                server.endpoint(), "us-east-1", bucket, prefix, S3Server.ACCESS_KEY, S3Server.SECRET_KEY, null);
    }

    @Test
    void keepsAFileByItsContentOnceAndReadsItBack() throws Exception {
        try (var store = new S3FileStore(settings("prongsai-files", "once"))) {
            var content = "ประกาศเจตนารมณ์ " + System.nanoTime();
            var sha = store.put(content.getBytes(StandardCharsets.UTF_8));
            assertThat(sha).isEqualTo(LocalFileStore.sha256(content.getBytes(StandardCharsets.UTF_8)));
            assertThat(store.put(content.getBytes(StandardCharsets.UTF_8))).isEqualTo(sha);
            assertThat(store.exists(sha)).isTrue();
            try (var in = store.open(sha).orElseThrow()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(content);
            }
            // Under the prefix, as ab/cd/abcd… like the data folder; stored once.
            var keys = raw.listObjectsV2(l -> l.bucket("prongsai-files").prefix("once/"))
                    .contents();
            assertThat(keys)
                    .extracting(o -> o.key())
                    .containsExactly("once/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        }
    }

    @Test
    void aFileOneInstanceStoredIsThereForTheOther() throws Exception {
        try (var first = new S3FileStore(settings("prongsai-files", "shared"));
                var second = new S3FileStore(settings("prongsai-files", "shared/"))) {
            var sha = first.put("รายงานผลการดำเนินงานไตรมาสที่ ๑".getBytes(StandardCharsets.UTF_8));
            assertThat(second.exists(sha)).isTrue();
            assertThat(second.open(sha)).isPresent();
        }
    }

    @Test
    void anUnknownOrMalformedAddressIsNotFound() throws Exception {
        try (var store = new S3FileStore(settings("prongsai-files", "missing"))) {
            var unknown = "0".repeat(64);
            assertThat(store.exists(unknown)).isFalse();
            assertThat(store.open(unknown)).isEmpty();
            assertThat(store.exists("../../etc/passwd")).isFalse();
            assertThat(store.open("../../etc/passwd")).isEmpty();
        }
    }

    @Test
    void aFileChangedInTheBucketIsNotServedAsTheOriginal() throws Exception {
        try (var store = new S3FileStore(settings("prongsai-files", "changed"))) {
            var sha = store.put("ต้นฉบับ".getBytes(StandardCharsets.UTF_8));
            raw.putObject(
                    p -> p.bucket("prongsai-files")
                            .key("changed/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha),
                    RequestBody.fromString("แก้ไขแล้ว"));
            assertThat(store.open(sha)).isEmpty();
        }
    }

    @Test
    void aStoreThatStopsAnsweringSaysSoInsteadOfCallingFilesMissing() throws Exception {
        try (var own = S3Server.start()) {
            var client = own.client();
            client.createBucket(b -> b.bucket("going-away"));
            var settings = new FileStoreSettings.S3(
                    own.endpoint(), null, "going-away", null, S3Server.ACCESS_KEY, S3Server.SECRET_KEY, null);
            try (var store = new S3FileStore(settings)) {
                var sha = store.put("หลักฐานก่อนที่เก็บไฟล์หยุด".getBytes(StandardCharsets.UTF_8));
                own.close();
                assertThatThrownBy(() -> store.exists(sha)).isInstanceOf(FileStore.Unavailable.class);
                assertThatThrownBy(() -> store.open(sha)).isInstanceOf(FileStore.Unavailable.class);
                assertThatThrownBy(() -> store.put("ใหม่".getBytes(StandardCharsets.UTF_8)))
                        .isInstanceOf(FileStore.Unavailable.class);
            }
            client.close();
        }
    }

    @Test
    void aBucketThatCannotBeReachedStopsTheStartWithItsName() {
        assertThatThrownBy(() -> new S3FileStore(settings("no-such-bucket", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-bucket")
                .hasMessageContaining(server.endpoint())
                .hasMessageContaining("no such bucket");
        var wrongKey = new FileStoreSettings.S3(
                server.endpoint(), null, "prongsai-files", null, S3Server.ACCESS_KEY, "wrong", null);
        assertThatThrownBy(() -> new S3FileStore(wrongKey))
                .hasMessageContaining("prongsai-files")
                .hasMessageContaining("refused");
    }

    @Test
    void theSettingChoosesTheStoreAndAWrongOneIsNamed() throws Exception {
        var configuration = new FileStoreConfiguration();
        var data = Path.of(Artifacts.dir().toString(), "file-store-choice");
        assertThat(configuration.fileStore(new FileStoreSettings(null, null), data))
                .isInstanceOf(LocalFileStore.class);
        assertThat(configuration.fileStore(new FileStoreSettings("local", null), data))
                .isInstanceOf(LocalFileStore.class);
        try (var chosen = (S3FileStore)
                configuration.fileStore(new FileStoreSettings("s3", settings("prongsai-files", null)), data)) {
            assertThat(chosen.exists("0".repeat(64))).isFalse();
        }
        assertThatThrownBy(() -> configuration.fileStore(new FileStoreSettings("s3", null), data))
                .hasMessageContaining("PRONGSAI_FILES_S3_BUCKET");
        assertThatThrownBy(() -> configuration.fileStore(new FileStoreSettings("ftp", null), data))
                .hasMessageContaining("local or s3");
    }
}
