-- SPDX-License-Identifier: GPL-3.0-or-later
-- VMAN state, schema version 3: what the OBSERVER needs to tell a lost file from one never made.

-- When the VM's root disk was made (its first start); NULL while it has none yet.
ALTER TABLE vms ADD COLUMN root_disk_created_at TEXT;

-- Why a disk is unusable (its image file is missing, ...); empty when it is fine.
ALTER TABLE disks ADD COLUMN problem TEXT NOT NULL DEFAULT '';
