-- Users of Cadre, each belonging to one member, one operator, or (neither) the consortium as a
-- whole. Roles are codes separated by commas (ADMIN, OFFICER, FINANCE, OPERATOR, AUDITOR): one
-- row per user, so that authenticating a request reads one row. The password is a PBKDF2 hash in
-- Jakarta Security's format (algorithm:iterations:salt:hash), never the password.
CREATE TABLE app_user (
  id BIGINT PRIMARY KEY,
  login VARCHAR(100) NOT NULL,
  name VARCHAR(200) NOT NULL,
  roles VARCHAR(100) NOT NULL,
  member_id BIGINT REFERENCES member (id),
  operator_id BIGINT REFERENCES operator (id),
  password_hash VARCHAR(300) NOT NULL,
  active BOOLEAN NOT NULL,
  -- Failed logins are counted from this moment (the last success or unlock) within the window.
  failures_counted_from TIMESTAMP NOT NULL,
  locked_until TIMESTAMP,
  created_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT app_user_login_unique UNIQUE (login),
  CONSTRAINT app_user_one_scope CHECK (member_id IS NULL OR operator_id IS NULL)
);

-- Personal API tokens: only the SHA-256 of the token is kept (hex), so a copy of the database
-- gives no usable token. A revoked or expired token is refused at once.
CREATE TABLE api_token (
  id BIGINT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user (id),
  token_hash VARCHAR(64) NOT NULL,
  label VARCHAR(100) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  revoked_at TIMESTAMP,
  CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_user ON api_token (user_id);

-- Append-only: Cadre inserts rows and never updates or deletes them. Who (the login, or empty
-- for an unknown one), when, from which address, what, on what. Failed logins are counted here.
CREATE TABLE audit_entry (
  id BIGINT PRIMARY KEY,
  at TIMESTAMP NOT NULL,
  actor VARCHAR(100),
  address VARCHAR(64),
  action VARCHAR(40) NOT NULL,
  target VARCHAR(200),
  detail VARCHAR(1000)
);
CREATE INDEX audit_entry_actor_action_at ON audit_entry (actor, action, at);
CREATE INDEX audit_entry_at ON audit_entry (at);
