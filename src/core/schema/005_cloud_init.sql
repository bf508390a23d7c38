-- SPDX-License-Identifier: GPL-3.0-or-later
-- VMAN state, schema version 5: cloud-init settings (a NoCloud seed per VM), readiness markers,
-- and the default user of an image (for the SSH command VMAN shows).

ALTER TABLE vms ADD COLUMN cloud_init TEXT NOT NULL DEFAULT '';           -- JSON; '' = no seed
ALTER TABLE vms ADD COLUMN cloud_init_revision INTEGER NOT NULL DEFAULT 0; -- part of the instance-id
ALTER TABLE vms ADD COLUMN ready_marker TEXT NOT NULL DEFAULT '';         -- serial console text
ALTER TABLE templates ADD COLUMN cloud_init TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN ready_marker TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN default_user TEXT NOT NULL DEFAULT '';
