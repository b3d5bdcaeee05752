-- Orders: one per checkout. A sale outlives its product, store and seller, so product_id, store_id and seller_id are
-- plain ids without foreign keys, and the product's name and price are copied as they were at the checkout.
-- Money is integer minor units (cents) with its ISO 4217 currency. Every status change is a conditional update
-- (status = the expected one), so duplicates and races change an order once.
create table orders (
    id                bigint generated always as identity primary key,
    product_id        bigint       not null,
    store_id          bigint       not null,
    seller_id         bigint       not null,
    product_name      varchar(255) not null,
    list_price_cents  bigint       not null,
    amount_cents      bigint       not null,
    currency          char(3)      not null,
    buyer_email       varchar(254) not null,
    status            text         not null default 'pending',
    payment_provider  text         not null,
    payment_reference text, -- the provider's reference (a Stripe Checkout Session id), set once the payment starts
    payment_id        text, -- what the provider refunds (a Stripe PaymentIntent id), set when paid
    created_at        timestamptz  not null default now(),
    expires_at        timestamptz  not null,
    paid_at           timestamptz,
    closed_at         timestamptz, -- declined or expired
    refunded_at       timestamptz,
    updated_at        timestamptz  not null default now(),
    constraint orders_payment_reference_key unique (payment_reference),
    constraint orders_status_check check (status in ('pending', 'paid', 'declined', 'expired', 'refunded')),
    constraint orders_provider_check check (payment_provider in ('stripe', 'test', 'free')),
    constraint orders_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint orders_list_price_not_negative check (list_price_cents >= 0),
    constraint orders_amount_at_least_price check (amount_cents >= list_price_cents),
    constraint orders_email_normalised check (buyer_email = lower(btrim(buyer_email)) and buyer_email like '%_@_%'),
    constraint orders_paid_has_time check (status not in ('paid', 'refunded') or paid_at is not null),
    constraint orders_refunded_has_time check ((status = 'refunded') = (refunded_at is not null))
);

-- The seller's sales, newest first (optionally of one product), and their totals by time.
create index orders_seller_idx on orders (seller_id, id desc) where status in ('paid', 'refunded');
create index orders_seller_product_idx on orders (seller_id, product_id, id desc) where status in ('paid', 'refunded');
create index orders_seller_paid_at_idx on orders (seller_id, paid_at) where status = 'paid';
-- Sales per product for the product list.
create index orders_product_idx on orders (product_id) where status = 'paid';
-- The expiry sweep reads only what is still pending.
create index orders_pending_expiry_idx on orders (expires_at) where status = 'pending';
