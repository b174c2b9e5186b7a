package org.scholarkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM while a step runs: the peak of the heap in use after each garbage
 * collection (the live set, which is what grows when a step holds its input) and the peak in use at all
 * (sampled, garbage included, bounded by {@code -Xmx}).
 *
 * <pre>{@code
 * try (HeapWatch heap = HeapWatch.start()) {
 *     step.run();
 *     System.out.println(heap.peakLiveMib());
 * }
 * }</pre>
 */
public final class HeapWatch implements AutoCloseable {

    private static final long MIB = 1024 * 1024;
    private static final long SAMPLE_MILLIS = 20;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakLive = new AtomicLong();
    private final AtomicLong peakUsed = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage first, so the peaks start from this step's own baseline, and starts watching. */
    public static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    /** The most heap in use right after a collection, in MiB; 0 if no collection ran. */
    public double peakLiveMib() {
        return (double) peakLive.get() / MIB;
    }

    /** The most heap in use at a sample, in MiB. */
    public double peakUsedMib() {
        return (double) peakUsed.get() / MIB;
    }

    /** The JVM's heap limit ({@code -Xmx}), in MiB. */
    public static double maxHeapMib() {
        return (double) Runtime.getRuntime().maxMemory() / MIB;
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        peakLive.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone.
            }
        }
    }
}
