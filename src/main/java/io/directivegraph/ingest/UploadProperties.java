package io.directivegraph.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploads through {@code POST /api/documents} ({@code app.upload.*}).
 *
 * @param dir where uploaded files are kept, so every fact read from them can be shown at
 * its line (default: the import folder, so they are part of the data set)
 * @param maxSize larger uploads are refused with 413
 */
@ConfigurationProperties("app.upload")
public record UploadProperties(@DefaultValue("import/documents") Path dir, @DefaultValue("10MB") DataSize maxSize) {
}
