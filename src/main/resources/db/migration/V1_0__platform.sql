-- Platform tables shared by every module: the event publication registry (transactional outbox),
-- staff web sessions (shared by all app nodes) and idempotency records for API creates.

create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table idempotency_record (
    scope             varchar(300) not null,
    idempotency_key   varchar(200) not null,
    request_hash      varchar(64) not null,
    state             varchar(16) not null,
    response_status   int,
    response_type     varchar(200),
    response_location varchar(1000),
    response_body     text,
    created_at        timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    constraint idempotency_record_pk primary key (scope, idempotency_key)
);
create index idempotency_record_expires_idx on idempotency_record (expires_at);
