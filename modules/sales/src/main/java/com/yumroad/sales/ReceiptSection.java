package com.yumroad.sales;

import java.util.Map;
import java.util.Optional;

/**
 * A part of the buyer's receipt page that a module depending on sales fills in (delivery: the files with their
 * download links), so the receipt shows the whole purchase while sales knows nothing of its listeners. The page
 * shows each section's Thymeleaf fragment {@code section(part)}, with {@code part} the model returned here.
 */
public interface ReceiptSection {

    /** The template holding the fragment {@code section(part)}, e.g. {@code delivery/receipt}. */
    String template();

    /** The fragment's model for this sale; empty when the section has nothing to show for it. */
    Optional<Map<String, Object>> model(Sale sale);
}
