// SPDX-License-Identifier: GPL-3.0-or-later
// Durable state in SQLite (Qt Sql): templates, VMs, disks and attachments. Every change that
// touches more than one row runs in one transaction; the schema is migrated on open.
#pragma once

#include "Types.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vman {

class StateStore final
{
    Q_DISABLE_COPY_MOVE(StateStore)

public:
    struct Snapshot
    {
        QList<Template> templates;
        QList<Vm> vms;
        QList<Disk> disks;
        QList<VmSnapshot> snapshots;
    };

    explicit StateStore(const QString &path);
    ~StateStore();

    bool open();
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    // The open database, for a store of its own tables (auth/AccessTokens) in the same file.
    QString connectionName() const { return m_connectionName; }

    int schemaVersion();
    static int latestSchemaVersion();

    bool loadAll(Snapshot *snapshot);
    bool loadImages(QList<Image> *images);

    bool insertTemplate(const Template &t);
    bool deleteTemplate(const QString &name);
    bool insertVm(const Vm &vm);
    bool updateVm(const Vm &vm);
    // updateVm and the VM's port forwards, in one transaction.
    bool updateVmSettings(const Vm &vm);
    bool setDiskSize(const QString &diskId, qint64 sizeGib, const QDateTime &at);
    // Deletes the VM and detaches its disks, atomically.
    bool deleteVm(const QString &id, const QDateTime &at);
    bool insertSnapshot(const VmSnapshot &snapshot);
    bool deleteSnapshot(const QString &vmId, const QString &name);
    bool insertDisk(const Disk &disk);
    bool deleteDisk(const QString &id);
    bool attachDisk(const QString &diskId, const QString &vmId, const QDateTime &at);
    bool detachDisk(const QString &diskId, const QDateTime &at);
    bool setDiskProblem(const QString &diskId, const QString &problem, const QDateTime &at);

    // Inserts the image, or updates what can change about it (all but its source and creation).
    bool upsertImage(const Image &image);
    bool deleteImage(const QString &id);

    // "ok" when the database is sound, otherwise SQLite's findings.
    QString integrityCheck();
    bool ping();

private:
    bool exec(const QString &sql);
    bool insertPorts(QSqlDatabase &db, const Vm &vm);
    bool migrate();
    bool fail(const QString &what, const QString &cause);

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
};

} // namespace vman
