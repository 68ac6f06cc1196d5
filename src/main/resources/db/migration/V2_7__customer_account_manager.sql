-- The account manager of a customer (SPEC §1: high tiers have one): a staff user's id. No foreign key to the
-- identity module's table: the customer module checks the id through the StaffDirectory facade.
alter table customer add column account_manager_id bigint;
create index customer_account_manager_ix on customer (account_manager_id);
