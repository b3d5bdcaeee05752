package com.yumroad.kernel.eventstream;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.PushSubscribeOptions;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stream of this test run's own (unique subject prefix and stream name, so runs on one broker never meet), and a
 * consumer that reads it from the start. The broker is NATS_TEST_URL's, else the one on 127.0.0.1:4222.
 */
record TestStream(String url, String prefix, String name) {

    static final String DEFAULT_URL = "nats://127.0.0.1:4222";

    static TestStream onSharedBroker() {
        String url = System.getenv().getOrDefault("NATS_TEST_URL", DEFAULT_URL);
        return on(url);
    }

    static TestStream on(String url) {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new TestStream(url, "t" + run, "T_" + run.toUpperCase());
    }

    /** What a consumer reading the whole stream sees, in order. */
    List<Message> read() throws IOException, InterruptedException, JetStreamApiException {
        try (Connection nats = Nats.connect(url)) {
            long count = nats.jetStreamManagement().getStreamInfo(name).getStreamState().getMsgCount();
            JetStreamSubscription consumer = nats.jetStream().subscribe(prefix + ".>",
                    PushSubscribeOptions.builder().stream(name).ordered(true).build());
            List<Message> seen = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                Message message = consumer.nextMessage(Duration.ofSeconds(10));
                if (message == null) {
                    break;
                }
                seen.add(message);
            }
            consumer.unsubscribe();
            return seen;
        }
    }

    long count() throws IOException, InterruptedException, JetStreamApiException {
        try (Connection nats = Nats.connect(url)) {
            return nats.jetStreamManagement().getStreamInfo(name).getStreamState().getMsgCount();
        } catch (JetStreamApiException e) {
            return 0; // not created yet
        }
    }

    void delete() {
        try (Connection nats = Nats.connect(url)) {
            nats.jetStreamManagement().deleteStream(name);
        } catch (Exception e) {
            // already gone, or the broker is: nothing to clean
        }
    }
}
