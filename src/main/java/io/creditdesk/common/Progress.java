package io.creditdesk.common;

/** Progress of a long job, reported to a UI or a console; also where cancellation is asked. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(String step, double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code fraction} in 0..1, or negative when unknown. */
    void update(String step, double fraction);

    boolean cancelled();

    /** Throws {@link CancelledException} when the user asked to cancel. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}
