package com.yumroad.delivery;

import java.util.List;
import java.util.OptionalInt;

/**
 * The delivery module's API: the download links of a paid order, and the download cap a seller sets on a product.
 * A link is private to its order, signed, and expires; it stops working when the order is refunded or has used up
 * its downloads.
 */
public interface Downloads {

    /** The order's files with a fresh link each; empty when the order is not paid (pending, refunded...). */
    List<DownloadLink> links(long orderId);

    /** How many downloads the order has used, and how many it may make (empty: no cap). */
    DownloadAllowance allowance(long orderId);

    /** Caps the downloads of each order of the product (null: no cap); only its creator may (ForbiddenException). */
    void limit(long productId, long actingUserId, Integer maxDownloads);

    OptionalInt limitOf(long productId);
}
