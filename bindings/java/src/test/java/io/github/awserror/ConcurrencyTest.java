package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 8 threads read while another registers: no reader ever sees a code older than one already registered. */
class ConcurrencyTest {
    static class Moving extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static class MovingChild extends Moving {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void readersSeeEveryRegistrationOnceItHasReturned() throws Exception {
        final int readers = 8;
        final AtomicInteger published = new AtomicInteger(0); // last code whose register() returned
        final AtomicBoolean done = new AtomicBoolean(false);
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                results.add(pool.submit(() -> {
                    start.await();
                    long reads = 0;
                    while (!done.get()) {
                        int floor = published.get();
                        int code = Integer.parseInt(AwsErrors.codeOf(new MovingChild()));
                        int direct = Integer.parseInt(AwsErrors.codeOf(new Moving()));
                        if (floor != 0 && (code < floor || direct < floor)) {
                            throw new AssertionError("stale answer " + code + "/" + direct
                                    + " after " + floor + " was registered");
                        }
                        if (floor == 0 && code != 500 && (code < 400 || code > 499)) {
                            throw new AssertionError("impossible code " + code);
                        }
                        assertEquals("403", AwsErrors.codeOf(new AWSForbiddenException("x")));
                        assertEquals("500", AwsErrors.codeOf(new IllegalStateException()));
                        reads++;
                    }
                    return reads;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                start.await();
                // Ascending codes, so "stale" is simply "smaller than published".
                for (int code = 400; code <= 499; code++) {
                    AwsErrors.register(Moving.class, code);
                    published.set(code);
                    Thread.sleep(1);
                }
                return null;
            });
            start.countDown();
            writer.get(60, TimeUnit.SECONDS);
            done.set(true);
            long total = 0;
            for (Future<Long> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertTrue(total > readers, "readers ran: " + total);
            assertEquals("499", AwsErrors.codeOf(new MovingChild()));
        } finally {
            pool.shutdownNow();
        }
    }
}
