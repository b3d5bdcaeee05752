package com.yumroad.kernel.eventstream;

import io.micronaut.context.BeanProvider;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * The way to the stream, opened on first use rather than at start-up: a broker that is down when the application
 * starts fails the first deliveries (which the publication log retries), not the start. micronaut-nats builds the
 * connection (its Connection bean) when first asked for and does not keep a failed attempt, so a later delivery tries again;
 * once connected, jnats reconnects by itself ({@code nats.default.max-reconnect: -1}).
 */
@Singleton
class JetStreamLink {

    private static final Logger LOG = LoggerFactory.getLogger(JetStreamLink.class);
    private static final int STREAM_NOT_FOUND = 10059;

    private final BeanProvider<Connection> connection;
    private final EventStreamSettings settings;
    private volatile boolean streamReady;

    JetStreamLink(BeanProvider<Connection> connection, EventStreamSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    /** The JetStream context, the stream made sure of; fails fast while the broker is away. */
    JetStream ready() throws IOException, JetStreamApiException {
        Connection nats = connection.get();
        if (nats.getStatus() != Connection.Status.CONNECTED) {
            throw new IOException("NATS is " + nats.getStatus() + ": the publication log will try again");
        }
        if (!streamReady) {
            ensureStream(nats.jetStreamManagement());
            streamReady = true;
        }
        return nats.jetStream();
    }

    private void ensureStream(JetStreamManagement jsm) throws IOException, JetStreamApiException {
        try {
            jsm.getStreamInfo(settings.stream());
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
                throw e;
            }
            jsm.addStream(StreamConfiguration.builder()
                    .name(settings.stream())
                    .subjects(Subjects.all(settings.subjectPrefix()))
                    .storageType(StorageType.File)
                    .duplicateWindow(settings.duplicateWindow())
                    .build());
            LOG.info("Created the JetStream stream {} on {}", settings.stream(), Subjects.all(settings.subjectPrefix()));
        }
    }
}
