-- Phone numbers of a customer besides the primary mobile (SPEC §1), in E.164, with their kind, in the order given.
-- An additional number may not be another customer's primary mobile; the service checks that (409).
create table customer_phone (
    customer bigint not null references customer (id) on delete cascade,
    position int not null,
    kind     varchar(8) not null,
    phone    varchar(20) not null,
    constraint customer_phone_pk primary key (customer, position)
);
create index customer_phone_phone_ix on customer_phone (phone);
