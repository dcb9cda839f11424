-- Sessions of signed-in users live in PostgreSQL (Spring Session JDBC), not in one app node's memory, so any
-- node behind the load balancer serves any user, a node can stop without logging anyone out, and ending a
-- user's sessions (disabled, password reset, new role) ends them on every node at once.
-- The tables are Spring Session's own schema for PostgreSQL (spring-session-jdbc's schema-postgresql.sql),
-- created here rather than by the application at start-up (spring.session.jdbc.initialize-schema: never), so
-- Flyway alone changes the schema. Spring Session deletes expired rows itself (a cleanup job on every node,
-- harmless when several run it).

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- The username of the signed-in user, indexed so all of a user's sessions are found at once.
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    -- Java-serialised attribute values (security context, CSRF token, flash messages).
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
