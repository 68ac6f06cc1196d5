-- Who has a ticket open in the agent console right now: one row per ticket and staff member, refreshed by the
-- page's heartbeat. Rows older than the heartbeat window are ignored and cleared on the next heartbeat.
create table ticket_presence (
    ticket_id bigint not null references ticket (id) on delete cascade,
    staff_id  bigint not null references staff_user (id) on delete cascade,
    last_seen timestamp with time zone not null,
    typing    boolean default false not null,
    constraint ticket_presence_pk primary key (ticket_id, staff_id)
);
create index ticket_presence_seen_idx on ticket_presence (last_seen);
