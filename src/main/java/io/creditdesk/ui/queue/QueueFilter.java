package io.creditdesk.ui.queue;

/** Which applications the queue shows. */
public enum QueueFilter {
    MINE("queue.filter.mine"),
    UNASSIGNED("queue.filter.unassigned"),
    REFERRED_TO_ME("queue.filter.referred"),
    ALL("queue.filter.all");

    private final String messageKey;

    QueueFilter(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
