-- The outbox also carries mail to members of staff (scheduled reports): such a row names the staff member
-- instead of a customer, and the address is looked up just before sending, as for customers.
alter table outbound_message alter column customer drop not null;
alter table outbound_message add column staff_member bigint;
