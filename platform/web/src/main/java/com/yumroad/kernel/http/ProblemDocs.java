package com.yumroad.kernel.http;

/**
 * References to the error answers every API operation may give, for {@code @ApiResponse(ref = ...)}. The responses
 * and the {@code Problem} schema they carry are described once, in platform/app's src/main/openapi/problems.yml,
 * which the OpenAPI generator merges into the document.
 */
public final class ProblemDocs {

    private static final String RESPONSES = "#/components/responses/";

    public static final String BAD_REQUEST = RESPONSES + "BadRequest";
    public static final String UNAUTHORIZED = RESPONSES + "Unauthorized";
    public static final String FORBIDDEN = RESPONSES + "Forbidden";
    public static final String NOT_FOUND = RESPONSES + "NotFound";
    public static final String CONFLICT = RESPONSES + "Conflict";
    public static final String PAYLOAD_TOO_LARGE = RESPONSES + "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = RESPONSES + "UnsupportedMediaType";
    public static final String UNPROCESSABLE = RESPONSES + "Unprocessable";
    public static final String TOO_MANY_REQUESTS = RESPONSES + "TooManyRequests";
    public static final String SERVER_ERROR = RESPONSES + "ServerError";

    /** The security scheme name for {@code @SecurityRequirement}: {@code Authorization: Bearer <jwt>}. */
    public static final String BEARER = "bearer";

    private ProblemDocs() {
    }
}
