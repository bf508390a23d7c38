// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateStore.h"

#include "cloudinit/CloudInitJson.h"

#include "Logging.h"

#include <QAtomicInteger>
#include <QHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vman {

namespace {

QString isoText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A null QString binds as SQL NULL; text columns here are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime fromIsoText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.toUTC();
}

// NULL for an empty id (a foreign key column with nothing referenced).
QVariant idOrNull(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

QString bootOrderText(const QList<BootDevice> &order)
{
    QStringList names;
    for (BootDevice device : order)
        names << nameOf(device);
    return names.join(QLatin1Char(','));
}

QList<BootDevice> bootOrderFrom(const QString &text)
{
    QList<BootDevice> order;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto device = bootDeviceFromString(name))
            order.append(*device);
    }
    return order;
}

// Migrations are resources named NNN_description.sql; NNN is the version they produce.
struct Migration
{
    int version;
    QString resource;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression namePattern(QRegularExpression::anchoredPattern(QStringLiteral("(\\d{3})_.*\\.sql")));
    const QDir dir(QStringLiteral(":/vman/schema"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = namePattern.match(name);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    return list;
}

// Splits a schema file into statements. The schema holds no triggers, so a `;` at the end of a
// line always ends a statement.
QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        QString line = raw;
        const int comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            result << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_active = m_db.transaction(); }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool active() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

Vm vmFromQuery(const QSqlQuery &q)
{
    Vm vm;
    vm.id = q.value(0).toString();
    vm.name = q.value(1).toString();
    vm.templateName = q.value(2).toString();
    vm.cpuCount = q.value(3).toInt();
    vm.ramAmount = q.value(4).toInt();
    vm.state = vmStateFromString(q.value(5).toString()).value_or(VmState::Error);
    vm.stateDetail = q.value(6).toString();
    vm.createdAt = fromIsoText(q.value(7).toString());
    vm.updatedAt = fromIsoText(q.value(8).toString());
    vm.rootDiskCreatedAt = fromIsoText(q.value(9).toString());
    vm.imageId = q.value(10).toString();
    vm.diskSize = q.value(11).toInt();
    vm.cdromImageId = q.value(12).toString();
    vm.bootOrder = bootOrderFrom(q.value(13).toString());
    vm.firmware = firmwareFromString(q.value(14).toString()).value_or(Firmware::Bios);
    vm.cloudInit = cloudinit::fromText(q.value(15).toString());
    vm.cloudInitRevision = q.value(16).toInt();
    vm.readyMarker = q.value(17).toString();
    return vm;
}

} // namespace

StateStore::StateStore(const QString &path) : m_path(path)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("vman-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

StateStore::~StateStore()
{
    close();
}

bool StateStore::fail(const QString &what, const QString &cause)
{
    m_lastError = what + QLatin1String(": ") + cause;
    qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

bool StateStore::open()
{
    if (isOpen())
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot open database"), QStringLiteral("cannot create folder %1").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString cause = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return fail(QStringLiteral("cannot open database %1").arg(m_path), cause);
    }
    // QSqlQuery keeps a statement open until it is finished or destroyed; an open statement
    // makes COMMIT fail, so every query below lives in its own scope.
    // WAL: readers never block the writer, and a crash mid-transaction leaves the last commit.
    {
        QSqlQuery wal(db);
        const bool walOn = wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && wal.next()
            && wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        const QString cause = wal.lastError().text();
        wal.finish();
        if (!walOn) {
            wal = QSqlQuery();
            db = QSqlDatabase();
            close();
            return fail(QStringLiteral("cannot enable WAL on %1").arg(m_path), cause.isEmpty() ? QStringLiteral("not a WAL-capable file") : cause);
        }
    }
    db = QSqlDatabase();
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        close();
        return false;
    }
    if (!migrate()) {
        close();
        return false;
    }
    return true;
}

void StateStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StateStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool StateStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql))
        return fail(QStringLiteral("SQL failed (%1)").arg(sql.left(80).simplified()), q.lastError().text());
    return true;
}

int StateStore::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int StateStore::schemaVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        const int version = q.value(0).toInt();
        q.finish();
        return version;
    }
    return -1;
}

bool StateStore::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return fail(QStringLiteral("cannot use database %1").arg(m_path),
                    QStringLiteral("its schema version %1 is newer than this VMAN understands (%2)").arg(current).arg(latest));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read migration"), migration.resource);
        const QString script = QString::fromUtf8(file.readAll());
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Transaction tx(db);
        if (!tx.active())
            return fail(QStringLiteral("cannot begin migration"), db.lastError().text());
        for (const QString &statement : statements(script)) {
            if (!exec(statement))
                return false;
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version)))
            return false;
        if (!tx.commit())
            return fail(QStringLiteral("cannot commit migration %1").arg(migration.version), db.lastError().text());
        qCInfo(lcStore).noquote() << "database" << m_path << "migrated to schema version" << migration.version;
    }
    return true;
}

bool StateStore::loadAll(Snapshot *snapshot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Snapshot result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, cpu_count, ram_amount, created_at, image_id, disk_size_gib, firmware, cloud_init, ready_marker FROM templates "
                               "ORDER BY created_at, name")))
        return fail(QStringLiteral("cannot load templates"), q.lastError().text());
    while (q.next()) {
        Template t;
        t.name = q.value(0).toString();
        t.cpuCount = q.value(1).toInt();
        t.ramAmount = q.value(2).toInt();
        t.createdAt = fromIsoText(q.value(3).toString());
        t.imageId = q.value(4).toString();
        t.diskSize = q.value(5).toInt();
        t.firmware = firmwareFromString(q.value(6).toString());
        t.cloudInit = cloudinit::fromText(q.value(7).toString());
        t.readyMarker = q.value(8).toString();
        result.templates.append(t);
    }


    if (!q.exec(QStringLiteral("SELECT id, name, template_name, cpu_count, ram_amount, state, state_detail, created_at, updated_at, "
                               "root_disk_created_at, image_id, disk_size_gib, cdrom_image_id, boot_order, firmware, cloud_init, cloud_init_revision, ready_marker "
                               "FROM vms ORDER BY created_at, id")))
        return fail(QStringLiteral("cannot load VMs"), q.lastError().text());
    while (q.next())
        result.vms.append(vmFromQuery(q));
    if (!q.exec(QStringLiteral("SELECT vm_id, protocol, host_address, host_port, guest_port FROM vm_ports ORDER BY vm_id, position")))
        return fail(QStringLiteral("cannot load port forwards"), q.lastError().text());
    QHash<QString, QList<PortForward>> ports;
    while (q.next())
        ports[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt()});
    for (Vm &vm : result.vms)
        vm.ports = ports.value(vm.id);

    if (!q.exec(QStringLiteral("SELECT vm_id, name, description, created_at, vm_state, disks, size, cpu_count, ram_amount, disk_size_gib "
                               "FROM vm_snapshots ORDER BY created_at, name")))
        return fail(QStringLiteral("cannot load snapshots"), q.lastError().text());
    while (q.next()) {
        VmSnapshot snapshot;
        snapshot.vmId = q.value(0).toString();
        snapshot.name = q.value(1).toString();
        snapshot.description = q.value(2).toString();
        snapshot.createdAt = fromIsoText(q.value(3).toString());
        snapshot.withMemory = q.value(4).toInt() != 0;
        snapshot.disks = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        snapshot.sizeBytes = q.value(6).toLongLong();
        snapshot.cpuCount = q.value(7).toInt();
        snapshot.ramAmount = q.value(8).toInt();
        snapshot.diskSize = q.value(9).toInt();
        result.snapshots.append(snapshot);
    }

    if (!q.exec(QStringLiteral("SELECT d.id, d.name, d.size_gib, a.vm_id, a.attached_at, d.created_at, d.updated_at, d.problem "
                               "FROM disks d LEFT JOIN disk_attachments a ON a.disk_id = d.id ORDER BY d.created_at, d.id")))
        return fail(QStringLiteral("cannot load disks"), q.lastError().text());
    while (q.next()) {
        Disk disk;
        disk.id = q.value(0).toString();
        disk.name = q.value(1).toString();
        disk.size = q.value(2).toLongLong();
        disk.vmId = q.value(3).toString();
        disk.attachedAt = fromIsoText(q.value(4).toString());
        disk.createdAt = fromIsoText(q.value(5).toString());
        disk.updatedAt = fromIsoText(q.value(6).toString());
        disk.problem = q.value(7).toString();
        result.disks.append(disk);
    }
    *snapshot = std::move(result);
    return true;
}

bool StateStore::loadImages(QList<Image> *images)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    images->clear();
    if (!q.exec(QStringLiteral("SELECT id, name, format, size, virtual_size, sha256, source_path, source_url, state, state_detail, "
                               "bytes_total, external_path, created_at, expected_checksum, checksum_url, default_user FROM images ORDER BY created_at, name")))
        return fail(QStringLiteral("cannot load images"), q.lastError().text());
    while (q.next()) {
        Image image;
        image.id = q.value(0).toString();
        image.name = q.value(1).toString();
        image.format = imageFormatFromString(q.value(2).toString()).value_or(ImageFormat::Raw);
        image.size = q.value(3).toLongLong();
        image.virtualSize = q.value(4).toLongLong();
        image.sha256 = q.value(5).toString();
        image.sourcePath = q.value(6).toString();
        image.sourceUrl = q.value(7).toString();
        image.state = imageStateFromString(q.value(8).toString()).value_or(ImageState::Error);
        image.stateDetail = q.value(9).toString();
        image.bytesTotal = q.value(10).toLongLong();
        image.externalPath = q.value(11).toString();
        image.createdAt = fromIsoText(q.value(12).toString());
        image.expectedChecksum = q.value(13).toString();
        image.checksumUrl = q.value(14).toString();
        image.defaultUser = q.value(15).toString();
        images->append(image);
    }
    return true;
}

namespace {
// Runs one prepared statement; `expectRows` guards against silently updating nothing.
bool run(QSqlQuery &q, QString *error, bool expectRows = false)
{
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (expectRows && q.numRowsAffected() == 0) {
        *error = QStringLiteral("no such row");
        return false;
    }
    return true;
}
} // namespace

bool StateStore::insertTemplate(const Template &t)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO templates (name, cpu_count, ram_amount, created_at, image_id, disk_size_gib, firmware, cloud_init, ready_marker) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.name);
    q.addBindValue(t.cpuCount);
    q.addBindValue(t.ramAmount);
    q.addBindValue(isoText(t.createdAt));
    q.addBindValue(idOrNull(t.imageId));
    q.addBindValue(t.diskSize);
    q.addBindValue(t.firmware ? nameOf(*t.firmware) : QStringLiteral(""));
    q.addBindValue(notNull(cloudinit::toText(t.cloudInit)));
    q.addBindValue(notNull(t.readyMarker));
    QString error;
    return run(q, &error) || fail(QStringLiteral("cannot insert template %1").arg(t.name), error);
}

bool StateStore::deleteTemplate(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM templates WHERE name = ?"));
    q.addBindValue(name);
    QString error;
    return run(q, &error, true) || fail(QStringLiteral("cannot delete template %1").arg(name), error);
}

bool StateStore::insertVm(const Vm &vm)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction tx(db);
    if (!tx.active())
        return fail(QStringLiteral("cannot insert VM %1").arg(vm.id), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO vms (id, name, template_name, cpu_count, ram_amount, state, state_detail, created_at, updated_at, "
                             "image_id, disk_size_gib, cdrom_image_id, boot_order, firmware, cloud_init, cloud_init_revision, ready_marker) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(vm.id);
    q.addBindValue(vm.name);
    q.addBindValue(vm.templateName);
    q.addBindValue(vm.cpuCount);
    q.addBindValue(vm.ramAmount);
    q.addBindValue(nameOf(vm.state));
    q.addBindValue(notNull(vm.stateDetail));
    q.addBindValue(isoText(vm.createdAt));
    q.addBindValue(isoText(vm.updatedAt));
    q.addBindValue(idOrNull(vm.imageId));
    q.addBindValue(vm.diskSize);
    q.addBindValue(idOrNull(vm.cdromImageId));
    q.addBindValue(notNull(bootOrderText(vm.bootOrder)));
    q.addBindValue(nameOf(vm.firmware));
    q.addBindValue(notNull(cloudinit::toText(vm.cloudInit)));
    q.addBindValue(vm.cloudInitRevision);
    q.addBindValue(notNull(vm.readyMarker));
    QString error;
    if (!run(q, &error))
        return fail(QStringLiteral("cannot insert VM %1").arg(vm.id), error);
    if (!insertPorts(db, vm))
        return false;
    if (!tx.commit())
        return fail(QStringLiteral("cannot insert VM %1").arg(vm.id), db.lastError().text());
    return true;
}

bool StateStore::insertPorts(QSqlDatabase &db, const Vm &vm)
{
    QString error;
    for (int i = 0; i < vm.ports.size(); ++i) {
        const PortForward &port = vm.ports.at(i);
        QSqlQuery p(db);
        p.prepare(QStringLiteral("INSERT INTO vm_ports (vm_id, protocol, host_address, host_port, guest_port, position) VALUES (?, ?, ?, ?, ?, ?)"));
        p.addBindValue(vm.id);
        p.addBindValue(port.protocol);
        p.addBindValue(port.hostAddress);
        p.addBindValue(port.hostPort);
        p.addBindValue(port.guestPort);
        p.addBindValue(i);
        if (!run(p, &error))
            return fail(QStringLiteral("cannot insert port %1/%2 of VM %3").arg(port.hostPort).arg(port.protocol, vm.id), error);
    }
    return true;
}

bool StateStore::updateVmSettings(const Vm &vm)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction tx(db);
    if (!tx.active())
        return fail(QStringLiteral("cannot update VM %1").arg(vm.id), db.lastError().text());
    if (!updateVm(vm))
        return false;
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM vm_ports WHERE vm_id = ?"));
    clear.addBindValue(vm.id);
    QString error;
    if (!run(clear, &error))
        return fail(QStringLiteral("cannot replace the ports of VM %1").arg(vm.id), error);
    if (!insertPorts(db, vm))
        return false;
    if (!tx.commit())
        return fail(QStringLiteral("cannot update VM %1").arg(vm.id), db.lastError().text());
    return true;
}

bool StateStore::setDiskSize(const QString &diskId, qint64 sizeGib, const QDateTime &at)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE disks SET size_gib = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sizeGib);
    q.addBindValue(isoText(at));
    q.addBindValue(diskId);
    QString error;
    return run(q, &error, true) || fail(QStringLiteral("cannot record the size of disk %1").arg(diskId), error);
}

bool StateStore::updateVm(const Vm &vm)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE vms SET name = ?, cpu_count = ?, ram_amount = ?, state = ?, state_detail = ?, updated_at = ?, "
                             "root_disk_created_at = ?, image_id = ?, disk_size_gib = ?, cdrom_image_id = ?, boot_order = ?, firmware = ?, "
                             "cloud_init = ?, cloud_init_revision = ?, ready_marker = ? WHERE id = ?"));
    q.addBindValue(vm.name);
    q.addBindValue(vm.cpuCount);
    q.addBindValue(vm.ramAmount);
    q.addBindValue(nameOf(vm.state));
    q.addBindValue(notNull(vm.stateDetail));
    q.addBindValue(isoText(vm.updatedAt));
    q.addBindValue(vm.rootDiskCreatedAt.isValid() ? QVariant(isoText(vm.rootDiskCreatedAt)) : QVariant());
    q.addBindValue(idOrNull(vm.imageId));
    q.addBindValue(vm.diskSize);
    q.addBindValue(idOrNull(vm.cdromImageId));
    q.addBindValue(notNull(bootOrderText(vm.bootOrder)));
    q.addBindValue(nameOf(vm.firmware));
    q.addBindValue(notNull(cloudinit::toText(vm.cloudInit)));
    q.addBindValue(vm.cloudInitRevision);
    q.addBindValue(notNull(vm.readyMarker));
    q.addBindValue(vm.id);
    QString error;
    return run(q, &error, true) || fail(QStringLiteral("cannot update VM %1").arg(vm.id), error);
}

bool StateStore::deleteVm(const QString &id, const QDateTime &at)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction tx(db);
    if (!tx.active())
        return fail(QStringLiteral("cannot delete VM %1").arg(id), db.lastError().text());
    QString error;
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE disks SET updated_at = ? WHERE id IN (SELECT disk_id FROM disk_attachments WHERE vm_id = ?)"));
    touch.addBindValue(isoText(at));
    touch.addBindValue(id);
    if (!run(touch, &error))
        return fail(QStringLiteral("cannot detach the disks of VM %1").arg(id), error);
    QSqlQuery detach(db);
    detach.prepare(QStringLiteral("DELETE FROM disk_attachments WHERE vm_id = ?"));
    detach.addBindValue(id);
    if (!run(detach, &error))
        return fail(QStringLiteral("cannot detach the disks of VM %1").arg(id), error);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM vms WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q, &error, true))
        return fail(QStringLiteral("cannot delete VM %1").arg(id), error);
    if (!tx.commit())
        return fail(QStringLiteral("cannot delete VM %1").arg(id), db.lastError().text());
    return true;
}

bool StateStore::insertSnapshot(const VmSnapshot &snapshot)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO vm_snapshots (vm_id, name, description, created_at, vm_state, disks, size, cpu_count, ram_amount, disk_size_gib) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(snapshot.vmId);
    q.addBindValue(snapshot.name);
    q.addBindValue(notNull(snapshot.description));
    q.addBindValue(isoText(snapshot.createdAt));
    q.addBindValue(snapshot.withMemory ? 1 : 0);
    q.addBindValue(snapshot.disks.join(QLatin1Char(' ')));
    q.addBindValue(snapshot.sizeBytes);
    q.addBindValue(snapshot.cpuCount);
    q.addBindValue(snapshot.ramAmount);
    q.addBindValue(snapshot.diskSize);
    QString error;
    return run(q, &error) || fail(QStringLiteral("cannot record snapshot %1 of VM %2").arg(snapshot.name, snapshot.vmId), error);
}

bool StateStore::deleteSnapshot(const QString &vmId, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM vm_snapshots WHERE vm_id = ? AND name = ?"));
    q.addBindValue(vmId);
    q.addBindValue(name);
    QString error;
    return run(q, &error, true) || fail(QStringLiteral("cannot forget snapshot %1 of VM %2").arg(name, vmId), error);
}

bool StateStore::insertDisk(const Disk &disk)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO disks (id, name, size_gib, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(disk.id);
    q.addBindValue(disk.name);
    q.addBindValue(disk.size);
    q.addBindValue(isoText(disk.createdAt));
    q.addBindValue(isoText(disk.updatedAt));
    QString error;
    return run(q, &error) || fail(QStringLiteral("cannot insert disk %1").arg(disk.id), error);
}

bool StateStore::deleteDisk(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM disks WHERE id = ?"));
    q.addBindValue(id);
    QString error;
    return run(q, &error, true) || fail(QStringLiteral("cannot delete disk %1").arg(id), error);
}

bool StateStore::attachDisk(const QString &diskId, const QString &vmId, const QDateTime &at)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction tx(db);
    if (!tx.active())
        return fail(QStringLiteral("cannot attach disk %1").arg(diskId), db.lastError().text());
    QString error;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO disk_attachments (disk_id, vm_id, attached_at) VALUES (?, ?, ?)"));
    q.addBindValue(diskId);
    q.addBindValue(vmId);
    q.addBindValue(isoText(at));
    if (!run(q, &error))
        return fail(QStringLiteral("cannot attach disk %1 to VM %2").arg(diskId, vmId), error);
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE disks SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(isoText(at));
    touch.addBindValue(diskId);
    if (!run(touch, &error, true))
        return fail(QStringLiteral("cannot attach disk %1").arg(diskId), error);
    if (!tx.commit())
        return fail(QStringLiteral("cannot attach disk %1").arg(diskId), db.lastError().text());
    return true;
}

bool StateStore::detachDisk(const QString &diskId, const QDateTime &at)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction tx(db);
    if (!tx.active())
        return fail(QStringLiteral("cannot detach disk %1").arg(diskId), db.lastError().text());
    QString error;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM disk_attachments WHERE disk_id = ?"));
    q.addBindValue(diskId);
    if (!run(q, &error, true))
        return fail(QStringLiteral("cannot detach disk %1").arg(diskId), error);
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE disks SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(isoText(at));
    touch.addBindValue(diskId);
    if (!run(touch, &error, true))
        return fail(QStringLiteral("cannot detach disk %1").arg(diskId), error);
    if (!tx.commit())
        return fail(QStringLiteral("cannot detach disk %1").arg(diskId), db.lastError().text());
    return true;
}

bool StateStore::setDiskProblem(const QString &diskId, const QString &problem, const QDateTime &at)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE disks SET problem = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(notNull(problem));
    q.addBindValue(isoText(at));
    q.addBindValue(diskId);
    QString error;
    return run(q, &error, true) || fail(QStringLiteral("cannot record the state of disk %1").arg(diskId), error);
}

bool StateStore::upsertImage(const Image &image)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO images (id, name, format, size, virtual_size, sha256, source_path, source_url, state, state_detail, "
                             "bytes_total, external_path, created_at, expected_checksum, checksum_url, default_user) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, format = excluded.format, size = excluded.size, "
                             "virtual_size = excluded.virtual_size, sha256 = excluded.sha256, state = excluded.state, "
                             "state_detail = excluded.state_detail, bytes_total = excluded.bytes_total, "
                             "external_path = excluded.external_path, expected_checksum = excluded.expected_checksum, "
                             "default_user = excluded.default_user"));
    q.addBindValue(image.id);
    q.addBindValue(image.name);
    q.addBindValue(nameOf(image.format));
    q.addBindValue(image.size);
    q.addBindValue(image.virtualSize);
    q.addBindValue(notNull(image.sha256));
    q.addBindValue(notNull(image.sourcePath));
    q.addBindValue(notNull(image.sourceUrl));
    q.addBindValue(nameOf(image.state));
    q.addBindValue(notNull(image.stateDetail));
    q.addBindValue(image.bytesTotal);
    q.addBindValue(notNull(image.externalPath));
    q.addBindValue(isoText(image.createdAt));
    q.addBindValue(notNull(image.expectedChecksum));
    q.addBindValue(notNull(image.checksumUrl));
    q.addBindValue(notNull(image.defaultUser));
    QString error;
    return run(q, &error) || fail(QStringLiteral("cannot save image %1").arg(image.name), error);
}

bool StateStore::deleteImage(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM images WHERE id = ?"));
    q.addBindValue(id);
    QString error;
    return run(q, &error, true) || fail(QStringLiteral("cannot delete image %1").arg(id), error);
}

QString StateStore::integrityCheck()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList findings;
    while (q.next())
        findings << q.value(0).toString();
    return findings.join(QLatin1String("; "));
}

bool StateStore::ping()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

} // namespace vman
