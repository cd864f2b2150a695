-- Sign-in throttling per client address as well as per e-mail: each attempt is recorded (as a
-- failure until it succeeds) before the password is checked, in one write transaction.
ALTER TABLE login_failures ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX login_failures_by_client ON login_failures(client, at);
