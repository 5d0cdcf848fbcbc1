package dev.rightful.audit;

/**
 * What {@link AuditLog#purgeOlderThan} removed. Immutable.
 *
 * @param deleted how many events were deleted
 * @param firstKept the sequence number the stored chain now starts at (its new anchor)
 */
public record PurgeResult(long deleted, long firstKept) {}
