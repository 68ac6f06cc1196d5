-- More of the customer record (SPEC §1): the WeChat openid (unique when present), free-text notes and the
-- language to talk to the customer in.

alter table customer add column wechat_openid varchar(64);
alter table customer add column notes varchar(2000);
alter table customer add column language varchar(8);

alter table customer add constraint customer_wechat_openid_uk unique (wechat_openid);
