package com.yumroad.kernel.eventstream;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code yumroad.eventstream.*}. The broker's address and connection are micronaut-nats' {@code nats.default.*}
 * (application.yml maps NATS_URL to {@code nats.default.addresses}).
 *
 * @param subjectPrefix   the first token of every subject: {@code <prefix>.<module>.<event>}
 * @param stream          the JetStream stream that keeps them, created on {@code <prefix>.>} when missing
 * @param duplicateWindow how long a stream created here remembers a Nats-Msg-Id: longer than a redelivery can take
 *                        (the publication log's longest retry delay, a restart)
 */
@ConfigurationProperties("yumroad.eventstream")
record EventStreamSettings(@Bindable(defaultValue = "yumroad") String subjectPrefix,
                           @Bindable(defaultValue = "YUMROAD") String stream,
                           @Bindable(defaultValue = "1h") Duration duplicateWindow) {
}
