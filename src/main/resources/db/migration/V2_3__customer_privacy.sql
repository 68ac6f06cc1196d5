-- Personal data of customers: erasure keeps the row for statistics and marks when it was anonymised;
-- the permissions for the subject export, the erasure and bulk import/export.

alter table customer add column erased_at timestamp with time zone;

insert into role_permission (role, permission) values
    ('MANAGER', 'customer.export'),
    ('ADMIN', 'customer.export'),
    ('MANAGER', 'customer.erase'),
    ('ADMIN', 'customer.erase'),
    ('MANAGER', 'customer.import'),
    ('ADMIN', 'customer.import');
