package io.newsenrich.sink;

/** What sink remembers per article id: the content hash it last curated and that version's number. */
public record CurationState(String contentHash, int version) {
}
