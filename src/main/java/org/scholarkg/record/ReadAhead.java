package org.scholarkg.record;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Applies a function to items on worker threads, a bounded number of items ahead of the caller, and hands
 * the results back in the items' order: files are parsed on the other cores while the caller indexes or
 * converts the one before. Workers stop when idle, so nothing needs closing; an exception of the function
 * is thrown where its result is taken.
 */
final class ReadAhead<T, R> implements Iterator<R> {

    private static final int IDLE_SECONDS = 2;

    private final Iterator<T> items;
    private final Function<T, R> work;
    private final ExecutorService workers;
    private final int ahead;
    private final Deque<Future<R>> pending = new ArrayDeque<>();

    /**
     * @param threads how many items are worked on at once
     * @param ahead how many results may wait, done or not; bounds the memory they hold
     */
    ReadAhead(List<T> items, Function<T, R> work, int threads, int ahead) {
        this.items = items.iterator();
        this.work = work;
        this.ahead = Math.max(1, ahead);
        this.workers = idleEndingPool(threads);
        fill();
    }

    /** Daemon worker threads that end when idle, so an unfinished read leaves nothing running. */
    static ExecutorService idleEndingPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "scholarkg-read-ahead");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The result of a worker, with its exception thrown as it was. */
    static <R> R take(Future<R> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** As many workers as the machine has cores, and as many results ahead: each holds a parsed file. */
    static <T, R> ReadAhead<T, R> onAllCores(List<T> items, Function<T, R> work) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new ReadAhead<>(items, work, cores, cores);
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty();
    }

    @Override
    public R next() {
        if (pending.isEmpty()) {
            throw new NoSuchElementException();
        }
        Future<R> first = pending.removeFirst();
        fill();
        return take(first);
    }

    private void fill() {
        while (pending.size() < ahead && items.hasNext()) {
            T item = items.next();
            pending.addLast(workers.submit(() -> work.apply(item)));
        }
    }
}
