// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's remote hosts: pairing (with the certificate's fingerprint to compare),
// remembering and restoring them, removing them (the token given back), and saying once when a
// host refuses this window. The window's other work is in MainWindow.cpp.
#include "MainWindow.h"

#include "HostDialogs.h"
#include "HostTableModel.h"
#include "HostList.h"
#include "KnownHosts.h"
#include "RemoteConnection.h"
#include "RemoteHost.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

namespace vman {

QString MainWindow::readableFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    // Two lines of 16 (as `vman --server` prints it, split in the middle): a message box would
    // otherwise break the 95 characters wherever they reach its edge, in the middle of a pair.
    const qsizetype half = (pairs.size() + 1) / 2;
    if (pairs.size() <= 16)
        return pairs.join(QLatin1Char(':'));
    return pairs.mid(0, half).join(QLatin1Char(':')) + QStringLiteral(":\n") + pairs.mid(half).join(QLatin1Char(':'));
}

client::RemoteConnection *MainWindow::connectRemote(const client::HostIdentity &identity)
{
    for (client::HostConnection *host : m_hosts->hosts()) {
        if (!host->isLocal() && client::KnownHosts::keyOf(host->apiUrl()) == client::KnownHosts::keyOf(identity.url))
            m_hosts->remove(host); // paired again: the new token replaces the old connection
    }
    auto *remote = new client::RemoteConnection(identity);
    m_hosts->add(remote);
    remote->connectToHost();
    return remote;
}

void MainWindow::restoreSavedHosts()
{
    for (const client::SavedHost &saved : m_knownHosts->saved()) {
        m_knownHosts->recall(saved, [self = QPointer<MainWindow>(this), url = saved.url](Result<client::HostIdentity> identity) {
            if (!self)
                return;
            if (!identity.ok())
                return self->notify(tr("Connecting to %1").arg(url.host()), identity.error());
            self->connectRemote(identity.value());
        });
    }
}

void MainWindow::connectTo(const QUrl &url)
{
    if (const auto saved = m_knownHosts->find(url)) {
        m_knownHosts->recall(*saved, [self = QPointer<MainWindow>(this), url](Result<client::HostIdentity> identity) {
            if (!self)
                return;
            if (identity.ok())
                return void(self->connectRemote(identity.value()));
            self->notify(tr("Connecting to %1").arg(url.host()), identity.error());
            AddHostDialog dialog(url, self);
            if (dialog.exec() == QDialog::Accepted)
                self->pairHost(dialog.url(), dialog.code(), dialog.clientName());
        });
        return;
    }
    AddHostDialog dialog(url, this);
    if (dialog.exec() == QDialog::Accepted)
        pairHost(dialog.url(), dialog.code(), dialog.clientName());
}

void MainWindow::addHost()
{
    AddHostDialog dialog(QUrl(), this);
    if (dialog.exec() == QDialog::Accepted)
        pairHost(dialog.url(), dialog.code(), dialog.clientName());
}

void MainWindow::pairHost(const QUrl &url, const QString &code, const QString &clientName)
{
    // In SSH's order: the user confirms the certificate before the pairing code leaves this
    // computer, so a machine in between that shows its own certificate never learns the code.
    statusBar()->showMessage(tr("Connecting to %1…").arg(url.host()));
    client::RemoteHost::probeCertificate(url, this, [self = QPointer<MainWindow>(this), url, code, clientName](Result<QString> seen) {
        if (!self)
            return;
        self->statusBar()->clearMessage();
        if (!seen.ok())
            return self->notify(tr("Pairing with %1").arg(url.host()), seen.error());
        const QString fingerprint = seen.value();
        // Trust on first use, as SSH asks: the user compares what the server printed.
        const QString question = tr("%1 presents a certificate with the SHA-256 fingerprint\n\n%2\n\nIs it the fingerprint its vman --server printed "
                                    "when it started? Only then is this really that computer, and only then is the pairing code sent.")
                                     .arg(url.host(), readableFingerprint(fingerprint));
        if (QMessageBox::question(self, tr("Trust %1?").arg(url.host()), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return; // nothing was sent: the code stays valid for the right server
        self->statusBar()->showMessage(tr("Pairing with %1…").arg(url.host()));
        client::RemoteHost::pair(url, fingerprint, code, clientName, self, [self, url](Result<client::HostIdentity> paired) {
            if (!self)
                return;
            self->statusBar()->clearMessage();
            if (!paired.ok())
                return self->notify(tr("Pairing with %1").arg(url.host()), paired.error());
            const client::HostIdentity identity = paired.value();
            self->connectRemote(identity);
            self->m_knownHosts->remember(identity, [self, url](Result<Done> kept) {
                if (self && !kept.ok())
                    self->notify(tr("Remembering %1").arg(url.host()), kept.error());
            });
        });
    });
}

void MainWindow::askRemoveHost()
{
    QList<client::HostConnection *> remotes;
    QStringList names;
    for (client::HostConnection *host : m_hosts->hosts()) {
        if (!host->isLocal()) {
            remotes << host;
            names << tr("%1 (%2)").arg(ui::hostLabel(host), host->apiUrl().toString());
        }
    }
    if (remotes.isEmpty())
        return;
    client::HostConnection *target = targetHost();
    int index = int(remotes.indexOf(target));
    if (index < 0) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Remove host"), tr("Host:"), names, 0, false, &ok);
        if (!ok)
            return;
        index = int(names.indexOf(chosen));
    }
    QPointer<client::HostConnection> host = remotes.value(index);
    if (!host
        || QMessageBox::question(this, tr("Remove host"),
                                 tr("Stop showing %1 here and end this computer's access to it? Its virtual machines keep running there. "
                                    "Adding it again needs a new pairing code.")
                                     .arg(ui::hostLabel(host)),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes
        || !host)
        return;
    removeHost(host);
}

void MainWindow::removeHost(client::HostConnection *host)
{
    auto *remote = qobject_cast<client::RemoteConnection *>(host);
    if (!remote)
        return;
    const client::HostIdentity identity = remote->identity();
    // The token is given back while the connection still holds it; the host goes either way.
    auto *revoking = new client::RemoteHost(identity, this);
    revoking->call("DELETE", QStringLiteral("/auth/tokens/") + identity.tokenId, {}, [revoking](Result<client::ApiAnswer>) { revoking->deleteLater(); });
    m_knownHosts->forget(identity.url, [self = QPointer<MainWindow>(this), url = identity.url](Result<Done> forgotten) {
        if (self && !forgotten.ok())
            self->notify(tr("Forgetting %1").arg(url.host()), forgotten.error());
    });
    m_reportedStatus.remove(host);
    m_hosts->remove(host);
}

void MainWindow::reportHostRefusal(client::HostConnection *host)
{
    using Status = client::HostConnection::Status;
    const Status status = host->status();
    if (status != Status::CertificateChanged && status != Status::Unauthorized) {
        m_reportedStatus.remove(host);
        return;
    }
    if (m_reportedStatus.value(host, -1) == int(status))
        return;
    m_reportedStatus.insert(host, int(status));
    const QString name = ui::hostLabel(host);
    if (status == Status::CertificateChanged) {
        notify(tr("Connecting to %1").arg(name),
               ServiceError::failed(tr("it now shows another certificate than the one paired with, so VMAN refused it, as SSH does with a changed host key. "
                                       "Someone may be in between. If its certificate was renewed on purpose, remove the host and add it again with a new pairing code.")));
    } else {
        notify(tr("Connecting to %1").arg(name),
               ServiceError::failed(tr("it no longer accepts this computer's token (revoked there?). Remove the host and add it again with a new pairing code.")));
    }
}

} // namespace vman
