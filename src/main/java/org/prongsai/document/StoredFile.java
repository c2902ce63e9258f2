package org.prongsai.document;

import java.util.UUID;

public record StoredFile(UUID id, String sha256, String mediaType, long sizeBytes, String originalName) {}
