-- The OData $filter a CBS download was made with (null: the whole table), so a snapshot says which part of the
-- table it holds (03759ned has 100.7 million cells; users import gemeenten and recent years only).
ALTER TABLE cbs_snapshot ADD COLUMN filter text;
