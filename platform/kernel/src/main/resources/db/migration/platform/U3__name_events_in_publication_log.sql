-- Back to class names: catalog.product-published -> com.yumroad.catalog.ProductPublished (webhooks' own delivery
-- event lives in a sub-package).
update event_publication set event_type = 'com.yumroad.webhooks.delivery.WebhookDue'
where event_type = 'webhooks.webhook-due';
update event_publication
set event_type = 'com.yumroad.' || split_part(event_type, '.', 1) || '.'
                 || replace(initcap(split_part(event_type, '.', 2)), '-', '')
where event_type ~ '^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$';
