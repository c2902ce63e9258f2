package org.prongsai.document;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    /** The data folder's, or an S3-compatible bucket's (prongsai.files.store=s3); a wrong setting stops the start. */
    @Bean
    FileStore fileStore(FileStoreSettings settings, @Value("${prongsai.data-dir}") Path dataDir) throws IOException {
        return settings.s3Chosen() ? new S3FileStore(settings.s3()) : new LocalFileStore(dataDir);
    }
}
