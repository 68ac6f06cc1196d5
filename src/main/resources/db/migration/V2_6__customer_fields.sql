-- More of the customer record (SPEC §1): the WeChat openid (unique when present), free-text notes, the
-- language to talk to the customer in and the organisation a person belongs to.

alter table customer add column wechat_openid varchar(64);
alter table customer add column notes varchar(2000);
alter table customer add column language varchar(8);

alter table customer add constraint customer_wechat_openid_uk unique (wechat_openid);

-- A person may belong to one organisation (a customer of kind ORGANISATION): its contact person, employee, member.
alter table customer add column organisation_id bigint references customer (id);
create index customer_organisation_ix on customer (organisation_id);
