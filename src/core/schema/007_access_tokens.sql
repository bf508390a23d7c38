-- SPDX-License-Identifier: GPL-3.0-or-later
-- VMAN state, schema version 7: remote clients. A client pairs once with a short-lived code and
-- gets a token of its own. Neither codes nor tokens are kept: only their SHA-256 digests.

CREATE TABLE pairing_codes (
    code_hash  TEXT PRIMARY KEY,   -- hex SHA-256 of the normalised code
    name       TEXT NOT NULL DEFAULT '', -- the client's name if given when the code was made
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE access_tokens (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE, -- hex SHA-256 of the token
    created_at   TEXT NOT NULL,
    last_used_at TEXT
);
