-- The hash-chained audit trail. The primary key on seq lets only one writer extend the chain at a
-- position. The time is kept as ISO-8601 text, exactly as it was hashed.
CREATE TABLE lim_audit (
    seq BIGINT PRIMARY KEY,
    actor_id VARCHAR(200) NOT NULL,
    action VARCHAR(200) NOT NULL,
    student_key VARCHAR(64) NOT NULL,
    category VARCHAR(30) NOT NULL,
    purpose VARCHAR(200) NOT NULL,
    basis_kind VARCHAR(30) NOT NULL,
    basis_reference VARCHAR(500) NOT NULL,
    at_time VARCHAR(40) NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    hash CHAR(64) NOT NULL
);
CREATE INDEX lim_audit_student ON lim_audit (student_key);
