package com.yumroad.delivery.web;

import com.yumroad.catalog.ProductContent;
import com.yumroad.delivery.internal.DeliverySettings;
import com.yumroad.delivery.internal.DownloadGate;
import com.yumroad.storage.ContentDisposition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.Optional;

/**
 * Following a download link: the link itself is the credential (no log-in: buyers check out with an email). The
 * bytes stream from the store with HTTP Range support, so a large download can resume; on S3 the answer is a
 * redirect to a short-lived presigned URL instead, and S3 serves the ranges.
 */
@Controller("/downloads")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class DownloadFiles {

    private final DownloadGate gate;
    private final ProductContent content;
    private final DeliverySettings settings;

    DownloadFiles(DownloadGate gate, ProductContent content, DeliverySettings settings) {
        this.gate = gate;
        this.content = content;
        this.settings = settings;
    }

    @Get("/{orderId}/{fileId}/{expires}/{signature}")
    HttpResponse<?> download(@PathVariable long orderId, @PathVariable long fileId, @PathVariable long expires,
                             @PathVariable String signature, @Header(HttpHeaders.RANGE) @Nullable String range) {
        boolean fromStart = range == null || range.strip().startsWith("bytes=0-") || !range.strip().startsWith("bytes=");
        DownloadGate.Grant grant = gate.open(orderId, fileId, expires, signature, fromStart);
        long size = grant.file().sizeBytes();
        Optional<URI> direct = content.directDownload(grant.file(), settings.directTtl());
        if (direct.isPresent()) {
            return private_(HttpResponse.seeOther(direct.get()));
        }
        Optional<ByteRange> part;
        try {
            part = ByteRange.of(range, size);
        } catch (ByteRange.Unsatisfiable e) {
            return private_(HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size));
        }
        long start = part.map(ByteRange::start).orElse(0L);
        long length = part.map(ByteRange::length).orElse(size);
        MediaType type = MediaType.of(grant.file().contentType());
        StreamedFile body = new StreamedFile(content.read(grant.file(), start, length), type,
                grant.file().createdAt().toEpochMilli(), length);
        MutableHttpResponse<StreamedFile> answer = part.isPresent()
                ? HttpResponse.status(HttpStatus.PARTIAL_CONTENT).<StreamedFile>body(body)
                        .header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + (start + length - 1) + "/" + size)
                : HttpResponse.ok(body);
        return private_(answer.header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(grant.file().name())));
    }

    private static MutableHttpResponse<?> private_(MutableHttpResponse<?> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }
}
