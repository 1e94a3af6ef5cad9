-- delist serve: the people who review, and their sessions.

-- Reviewers, approvers, viewers and admins. Passwords are stored as bcrypt hashes only; a user is disabled,
-- never deleted, so the audit trail keeps naming someone who existed.
CREATE TABLE app_user (
    username      text        PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('VIEWER', 'REVIEWER', 'APPROVER', 'ADMIN')),
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    disabled_at   timestamptz
);

-- Wrong passwords per user name, for slowing down guessing; shared by every serve replica.
CREATE TABLE login_failure (
    username  text        NOT NULL,
    failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_recent ON login_failure (username, failed_at);

-- Spring Session JDBC's tables (the layout its JdbcIndexedSessionRepository reads), so replicas share sessions.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL PRIMARY KEY,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
