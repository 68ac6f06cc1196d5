-- Whole-day totals beside the dimensioned day roll-ups: one row per day, so the unfiltered KPI request (the manager's
-- default view) sums 90 rows for 90 days instead of every team × channel × tier × type row of those days (about
-- 43,000 on the benchmark data set). The dimension columns are kept, always 0 or '-', so the same writer serves
-- every roll-up table. Filled by the same events and the rebuild as the dimensioned tables.

create table analytics_day_total (
    stat_date date not null,
    team_id bigint not null,
    channel varchar(16) not null,
    tier varchar(32) not null,
    ticket_type varchar(16) not null,
    opened             bigint default 0 not null,
    opened_complaints  bigint default 0 not null,
    resolved           bigint default 0 not null,
    resolved_fcr       bigint default 0 not null,
    resolved_reopened  bigint default 0 not null,
    resolution_secs    bigint default 0 not null,
    responded          bigint default 0 not null,
    response_secs      bigint default 0 not null,
    frt_h00            bigint default 0 not null,
    frt_h01            bigint default 0 not null,
    frt_h02            bigint default 0 not null,
    frt_h03            bigint default 0 not null,
    frt_h04            bigint default 0 not null,
    frt_h05            bigint default 0 not null,
    frt_h06            bigint default 0 not null,
    frt_h07            bigint default 0 not null,
    frt_h08            bigint default 0 not null,
    frt_h09            bigint default 0 not null,
    frt_h10            bigint default 0 not null,
    frt_h11            bigint default 0 not null,
    frt_h12            bigint default 0 not null,
    frt_h13            bigint default 0 not null,
    frt_h14            bigint default 0 not null,
    frt_h15            bigint default 0 not null,
    frt_h16            bigint default 0 not null,
    frt_h17            bigint default 0 not null,
    frt_h18            bigint default 0 not null,
    frt_h19            bigint default 0 not null,
    frt_sla_met        bigint default 0 not null,
    frt_sla_n          bigint default 0 not null,
    res_sla_met        bigint default 0 not null,
    res_sla_n          bigint default 0 not null,
    cb_due             bigint default 0 not null,
    cb_done            bigint default 0 not null,
    cb_on_time         bigint default 0 not null,
    promise_kept       bigint default 0 not null,
    promise_settled    bigint default 0 not null,
    constraint analytics_day_total_pk primary key (stat_date, team_id, channel, tier, ticket_type)
);

create table analytics_survey_day_total (
    stat_date      date not null,
    team_id        bigint default 0 not null,
    agent_id       bigint default 0 not null,
    channel        varchar(30) default '-' not null,
    tier           varchar(30) default '-' not null,
    nps_n          bigint default 0 not null,
    nps_promoters  bigint default 0 not null,
    nps_detractors bigint default 0 not null,
    csat_n         bigint default 0 not null,
    csat_satisfied bigint default 0 not null,
    constraint analytics_survey_day_total_pk primary key (stat_date, team_id, agent_id, channel, tier)
);

create table analytics_mot_day_total (
    stat_date     date not null,
    team_id       bigint default 0 not null,
    agent_id      bigint default 0 not null,
    touchpoint_id bigint default 0 not null,
    mot_n         bigint default 0 not null,
    mot_sum       bigint default 0 not null,
    mot_negative  bigint default 0 not null,
    constraint analytics_mot_day_total_pk primary key (stat_date, team_id, agent_id, touchpoint_id)
);
