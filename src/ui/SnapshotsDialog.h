// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's snapshots: the list, and taking, reverting to (after saying what is lost) and deleting
// them. Every operation is asynchronous; the dialog shows what is in progress and what failed.
#pragma once

#include "Types.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace vman {

struct ServiceError;
namespace client {
class HostConnection;
}

class SnapshotsDialog final : public QDialog
{
    Q_OBJECT

public:
    SnapshotsDialog(client::HostConnection &host, const QString &vmId, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString status() const;
    // The operations, as the buttons run them (tests call them without the questions).
    void take(const QString &name, const QString &description);
    void revertTo(const QString &name);
    void remove(const QString &name);
    // What reverting to `name` loses, in a sentence (the confirmation's text).
    QString revertWarning(const QString &name) const;

private:
    // Reads the list again from the host (one request at a time; another follows if asked meanwhile).
    void reload();
    void refresh();
    void askTake();
    void askRevert();
    void askRemove();
    QString selectedName() const;
    void showResult(const QString &done, const ServiceError *error);

    QPointer<client::HostConnection> m_host;
    QString m_vmId;
    QList<VmSnapshot> m_snapshots;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_take;
    QPushButton *m_revert;
    QPushButton *m_delete;
};

} // namespace vman
