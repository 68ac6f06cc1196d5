-- Routing and assignment (SPEC §2.4): each agent's routing profile (availability, capacity, VIP certification)
-- with their skills (languages, products = category codes), the round-robin pointer per team, and the
-- routing.manage permission (supervisors: their team members' profiles and the team load).

-- A staff user without a row is OFFLINE with the default capacity and no skills: nobody is routed work
-- before they say they are available.
create table agent_routing_profile (
    staff_id         bigint primary key references staff_user (id) on delete cascade,
    availability     varchar(16) not null,
    capacity         int not null,
    vip_certified    boolean default false not null,
    -- Set whenever a ticket is assigned to the agent (any way); ties in least-loaded routing go to the longest idle.
    last_assigned_at timestamp with time zone,
    version          int not null,
    updated_at       timestamp with time zone not null
);

-- kind LANGUAGE: a language code such as zh, en, yue; kind PRODUCT: a ticket category code.
create table agent_skill (
    staff_id bigint not null references agent_routing_profile (staff_id) on delete cascade,
    kind     varchar(16) not null,
    code     varchar(64) not null,
    constraint agent_skill_pk primary key (staff_id, kind, code)
);
create index agent_skill_kind_idx on agent_skill (kind, code);

-- The last agent round-robin routing chose in a team; written while the team row is locked.
create table routing_team_state (
    team_id          bigint primary key references team (id) on delete cascade,
    last_assignee_id bigint
);

insert into role_permission (role, permission) values
    ('SUPERVISOR', 'routing.manage'),
    ('ADMIN', 'routing.manage');
