-- A product whose price is the minimum: buyers choose how much to pay at checkout (Gumroad's "pay what you want").
-- True, or null for a fixed price: only a seller's choice is data, so undoing this refuses while a product has it.
ALTER TABLE catalog.products ADD COLUMN pay_what_you_want boolean CONSTRAINT products_pay_what_you_want_true
    CHECK (pay_what_you_want);
