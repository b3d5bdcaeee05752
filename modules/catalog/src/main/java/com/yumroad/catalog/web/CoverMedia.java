package com.yumroad.catalog.web;

import com.yumroad.storage.ObjectStore;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.regex.Pattern;

/**
 * Cover images, public: {@code /media/covers/<product>/<uuid>-<width>.<jpg|png>}. Only cover variants are served
 * here (never product files); their names are random and never reused, so they are cached for a year.
 */
@Controller("/media/covers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class CoverMedia {

    private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}-\\d{2,4}\\.(jpg|png)");

    private final ObjectStore store;

    CoverMedia(ObjectStore store) {
        this.store = store;
    }

    @Get("/{productId}/{name}")
    HttpResponse<?> image(@PathVariable long productId, @PathVariable String name) {
        if (!NAME.matcher(name).matches()) {
            return HttpResponse.notFound();
        }
        String key = "covers/" + productId + "/" + name;
        return store.stat(key).<HttpResponse<?>>map(object -> {
            MediaType type = name.endsWith(".png") ? MediaType.IMAGE_PNG_TYPE : MediaType.IMAGE_JPEG_TYPE;
            return HttpResponse.ok(new StreamedFile(store.open(key, 0, object.size()), type, object.lastModified().toEpochMilli(), object.size()))
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("X-Content-Type-Options", "nosniff");
        }).orElseGet(HttpResponse::notFound);
    }
}
