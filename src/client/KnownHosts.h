// SPDX-License-Identifier: GPL-3.0-or-later
// The remote hosts the window remembers: address, pinned certificate fingerprint and names in
// QSettings; the client token in the desktop's secret store (GNOME Keyring, KWallet, through
// QtKeychain), never in a file in plain text. When no secret store answers, remembering fails
// with the reason and the host is kept for this run only.
#pragma once

#include "RemoteHost.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace vman::client {

struct SavedHost
{
    QUrl url;
    QString fingerprint;
    QString clientName; // what this window called itself when pairing
    QString tokenId;
};

class KnownHosts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnownHosts)

public:
    // `service`: the secret store's service name the tokens are kept under.
    explicit KnownHosts(QString service = QStringLiteral("vman"), QObject *parent = nullptr);

    QList<SavedHost> saved() const;
    std::optional<SavedHost> find(const QUrl &url) const;
    // Keeps the token in the secret store, then the rest in the settings.
    void remember(const HostIdentity &identity, std::function<void(Result<Done>)> done);
    // The identity with its token read back from the secret store.
    void recall(const SavedHost &host, std::function<void(Result<HostIdentity>)> done);
    void forget(const QUrl &url, std::function<void(Result<Done>)> done);

    // The settings key of a host's address: scheme, host and port only.
    static QString keyOf(const QUrl &url);

private:
    void writeList(const QList<SavedHost> &hosts) const;

    QString m_service;
};

} // namespace vman::client
