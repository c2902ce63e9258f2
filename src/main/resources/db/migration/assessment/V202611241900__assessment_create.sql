-- An agency's ITA results for a fiscal year. OFFICIAL holds what the NACC published (imported or typed in);
-- COMPUTED will hold what Prongsai's own surveys give. Both can exist side by side.
create table assessment_result (
    agency_id     uuid         not null references agency (id),
    fiscal_year   int          not null check (fiscal_year between 2560 and 2700),
    source        varchar(10)  not null check (source in ('OFFICIAL', 'COMPUTED')),
    total         numeric(5, 2) check (total between 0 and 100),
    file_name     varchar(255),
    saved_at      timestamptz  not null default now(),
    saved_by      uuid,
    primary key (agency_id, fiscal_year, source)
);

create table assessment_question_score (
    agency_id   uuid         not null,
    fiscal_year int          not null,
    source      varchar(10)  not null,
    channel     varchar(3)   not null check (channel in ('IIT', 'EP', 'ES')),
    question_id varchar(10)  not null,
    score       numeric(5, 2) not null check (score between 0 and 100),
    respondents int check (respondents >= 0),
    primary key (agency_id, fiscal_year, source, channel, question_id),
    foreign key (agency_id, fiscal_year, source) references assessment_result (agency_id, fiscal_year, source)
        on delete cascade
);

create table assessment_oit_verdict (
    agency_id   uuid        not null,
    fiscal_year int         not null,
    source      varchar(10) not null,
    item_id     varchar(10) not null,
    verdict     varchar(16) not null check (verdict in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    primary key (agency_id, fiscal_year, source, item_id),
    foreign key (agency_id, fiscal_year, source) references assessment_result (agency_id, fiscal_year, source)
        on delete cascade
);

-- Indicator scores as the NACC published them, kept to compare with what the engine computes.
create table assessment_indicator_score (
    agency_id   uuid          not null,
    fiscal_year int           not null,
    source      varchar(10)   not null,
    indicator   int           not null,
    score       numeric(5, 2) not null check (score between 0 and 100),
    primary key (agency_id, fiscal_year, source, indicator),
    foreign key (agency_id, fiscal_year, source) references assessment_result (agency_id, fiscal_year, source)
        on delete cascade
);
