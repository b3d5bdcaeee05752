package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.InvalidInputException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** A form whose CSRF token was checked ({@link Forms#submitted}), waiting for its use case's answer. */
public final class SubmittedForm {

    private final Flash flash;
    private final Map<String, String> renames;

    SubmittedForm(Flash flash, Map<String, String> renames) {
        this.flash = flash;
        this.renames = renames;
    }

    /** The same form, whose fields are named otherwise than the use case's (priceCents -> price). */
    public SubmittedForm renaming(Map<String, String> renames) {
        return new SubmittedForm(flash, renames);
    }

    /**
     * What {@code useCase} answers; when it refuses the input ({@link InvalidInputException}), 422 with the page
     * {@code formAgain} makes of the errors by form field ({@link FormErrors}).
     */
    public HttpResponse<?> answer(Supplier<? extends HttpResponse<?>> useCase,
                                  Function<Map<String, String>, ?> formAgain) {
        try {
            return useCase.get();
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formAgain.apply(FormErrors.of(e.errors(), renames)));
        }
    }

    /** 303 to a page of this site that shows the message once ({@link Flash}). */
    public MutableHttpResponse<?> done(String location, String message) {
        return flash.seeOther(location, message);
    }
}
