-- Survey answers (NPS, CSAT) and MOT scores per day, counted once per response / score: analytics_feedback_seen
-- remembers what was counted, so a replayed event adds nothing. Dimensions never hold null (0 or '-' = none).

create table analytics_feedback_seen (
    kind      varchar(16) not null,
    source_id bigint not null,
    constraint analytics_feedback_seen_pk primary key (kind, source_id)
);

create table analytics_survey_daily (
    stat_date      date not null,
    team_id        bigint not null,
    agent_id       bigint not null,
    channel        varchar(30) not null,
    tier           varchar(30) not null,
    nps_n          bigint default 0 not null,
    nps_promoters  bigint default 0 not null,
    nps_detractors bigint default 0 not null,
    csat_n         bigint default 0 not null,
    csat_satisfied bigint default 0 not null,
    constraint analytics_survey_daily_pk primary key (stat_date, team_id, agent_id, channel, tier)
);
create index analytics_survey_daily_team_idx on analytics_survey_daily (team_id, stat_date);

create table analytics_mot_daily (
    stat_date     date not null,
    team_id       bigint not null,
    agent_id      bigint not null,
    touchpoint_id bigint not null,
    mot_n         bigint default 0 not null,
    mot_sum       bigint default 0 not null,
    mot_negative  bigint default 0 not null,
    constraint analytics_mot_daily_pk primary key (stat_date, team_id, agent_id, touchpoint_id)
);
create index analytics_mot_daily_team_idx on analytics_mot_daily (team_id, stat_date);
