update stores s set product_count = s.product_count + c.delta
from (select store_id, sum(delta) as delta from product_count_changes group by store_id) c
where s.id = c.store_id;
drop table product_count_changes;
