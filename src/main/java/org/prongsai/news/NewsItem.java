package org.prongsai.news;

import java.time.LocalDate;
import java.util.UUID;

public record NewsItem(UUID id, String title, String body, LocalDate publishedOn, UUID unitId, String createdBy) {}
