package io.newsenrich.model;

import java.time.Instant;

/** When each stage handled an article: lets consumers measure freshness and end-to-end latency. */
public record Processing(Instant ingestedAt, Instant enrichedAt, Instant curatedAt) {
}
