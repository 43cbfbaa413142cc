package io.creditdesk.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import io.creditdesk.common.CancelledException;
import io.creditdesk.common.Progress;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one sanctioned way off the FX thread: work runs on a small executor, and its result,
 * failure and progress come back on the UI executor (the FX thread in the app; the calling thread
 * in view-model tests). Long jobs get progress and cancellation through {@link Progress}.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    private final Executor worker;
    private final Executor ui;
    private final ExecutorService owned;

    public BackgroundTasks(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
        this.owned = null;
    }

    private BackgroundTasks(ExecutorService worker) {
        this.worker = worker;
        this.ui = Platform::runLater;
        this.owned = worker;
    }

    /** Two worker threads (daemon), results on the FX thread. */
    public static BackgroundTasks forFx() {
        AtomicInteger n = new AtomicInteger();
        return new BackgroundTasks(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "creditdesk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }));
    }

    /** Everything on the calling thread: for view-model tests. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    public <T> Job<T> run(Function<Progress, T> work) {
        return new Job<>(work);
    }

    /** A job being set up: attach callbacks, then {@link #start()}. */
    public final class Job<T> {
        private final Function<Progress, T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<String> onFailure = m -> { };
        private Runnable onCancelled = () -> { };
        private ProgressListener onProgress = (s, f) -> { };
        private final AtomicBoolean cancel = new AtomicBoolean();

        private Job(Function<Progress, T> work) {
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> c) {
            onSuccess = c;
            return this;
        }

        /** Receives a sentence for the user; the exception itself goes to the log. */
        public Job<T> onFailure(Consumer<String> c) {
            onFailure = c;
            return this;
        }

        public Job<T> onCancelled(Runnable r) {
            onCancelled = r;
            return this;
        }

        public Job<T> onProgress(ProgressListener l) {
            onProgress = l;
            return this;
        }

        public void cancel() {
            cancel.set(true);
        }

        public Job<T> start() {
            Progress progress = new Progress() {
                @Override
                public void update(String step, double fraction) {
                    ui.execute(() -> onProgress.update(step, fraction));
                }

                @Override
                public boolean cancelled() {
                    return cancel.get();
                }
            };
            worker.execute(() -> {
                try {
                    T result = work.apply(progress);
                    ui.execute(() -> onSuccess.accept(result));
                } catch (CancelledException e) {
                    ui.execute(onCancelled);
                } catch (RuntimeException | Error e) {
                    LOG.error("Background job failed", e);
                    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    ui.execute(() -> onFailure.accept(msg));
                }
            });
            return this;
        }
    }

    @FunctionalInterface
    public interface ProgressListener {
        void update(String step, double fraction);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
