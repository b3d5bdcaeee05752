-- What GET /api/v1/users/{id}/products?limit=20 returns, in one statement.
\set creator random(:min_user, :max_user)
select p.id, p.name, p.description, p.price_cents, p.currency, p.created_at, p.updated_at,
       u.id as creator_id, u.name as creator_name, s.id as store_id, s.name as store_name,
       array(select t.name from catalog.product_tags pt join catalog.tags t on t.id = pt.tag_id
             where pt.product_id = p.id order by t.name) as tags
from (select * from catalog.products where creator_id = :creator order by id desc limit 21) p
join accounts.users u on u.id = p.creator_id
join storefront.stores s on s.id = p.store_id
order by p.id desc;
