-- Cases and the records that belong to them. Each row keeps the record as JSON in body; the other
-- columns exist for lookups, optimistic locking (version) and operators' queries.
CREATE TABLE lim_case (
    id VARCHAR(200) PRIMARY KEY,
    student_key VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    state VARCHAR(20) NOT NULL,
    body VARCHAR(1000000) NOT NULL
);
CREATE INDEX lim_case_student ON lim_case (student_key);

CREATE TABLE lim_support_plan (
    id VARCHAR(200) PRIMARY KEY,
    student_key VARCHAR(64) NOT NULL,
    case_id VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    body VARCHAR(1000000) NOT NULL
);
CREATE INDEX lim_support_plan_student ON lim_support_plan (student_key);

CREATE TABLE lim_network_meeting (
    id VARCHAR(200) PRIMARY KEY,
    student_key VARCHAR(64) NOT NULL,
    case_id VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    body VARCHAR(1000000) NOT NULL
);
CREATE INDEX lim_network_meeting_student ON lim_network_meeting (student_key);

CREATE TABLE lim_referral (
    id VARCHAR(200) PRIMARY KEY,
    student_key VARCHAR(64) NOT NULL,
    case_id VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL,
    status VARCHAR(30) NOT NULL,
    respond_by DATE,
    body VARCHAR(1000000) NOT NULL
);
CREATE INDEX lim_referral_student ON lim_referral (student_key);
CREATE INDEX lim_referral_status ON lim_referral (status, respond_by);

CREATE TABLE lim_consent (
    id VARCHAR(200) PRIMARY KEY,
    student_key VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    body VARCHAR(1000000) NOT NULL
);
CREATE INDEX lim_consent_student ON lim_consent (student_key);
