-- NPS counts per survey, day and context, so grouped NPS over a million responses need not count the responses on
-- every request. Numbered after the analytics migrations so that databases already at 7.x take it in order. A day is the day of responded_at in the reporting time zone
-- (kairos.default-time-zone); a missing segment, tier or channel is '' (never a stored code: blank codes are stored
-- as null), so the key holds no null. Only responses with an NPS answer are counted. Kept exact by the transactions
-- that store responses; POST /api/v1/voc/rebuild recounts it from survey_response.
create table survey_nps_daily (
    survey_id  bigint not null,
    stat_date  date not null,
    segment    varchar(100) not null,
    tier       varchar(30) not null,
    channel    varchar(30) not null,
    promoters  bigint default 0 not null,
    passives   bigint default 0 not null,
    detractors bigint default 0 not null,
    constraint survey_nps_daily_pk primary key (survey_id, stat_date, segment, tier, channel)
);

-- The time zone the days above were counted in (one row). When kairos.default-time-zone names another zone, the
-- application recounts the table at start-up and reports count the responses until then.
create table survey_nps_daily_zone (
    id   int primary key,
    zone varchar(64) not null,
    constraint survey_nps_daily_zone_one check (id = 1)
);

insert into survey_nps_daily_zone (id, zone) values (1, 'Asia/Shanghai');

-- The responses stored so far, counted in the default zone (to_char gives the local day on both H2 and PostgreSQL).
insert into survey_nps_daily (survey_id, stat_date, segment, tier, channel, promoters, passives, detractors)
select r.survey_id, r.stat_date, r.segment, r.tier, r.channel, count(*) filter (where r.nps >= 9),
       count(*) filter (where r.nps between 7 and 8), count(*) filter (where r.nps <= 6)
from (select survey_id, cast(to_char(responded_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as date) stat_date,
             coalesce(segment, '') segment, coalesce(tier, '') tier, coalesce(channel, '') channel, nps
      from survey_response where nps is not null) r
group by r.survey_id, r.stat_date, r.segment, r.tier, r.channel;
