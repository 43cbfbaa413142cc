package io.creditdesk.seller;

import java.time.LocalDateTime;

/** A note an underwriter wrote about a seller; notes are added, never edited. */
public record SellerNote(long noteId, String sellerId, String author, LocalDateTime writtenAt, String noteText) {
    public static final int MAX_LENGTH = 4000;
}
