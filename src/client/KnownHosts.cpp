// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownHosts.h"

#include <QPointer>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace vman::client {

namespace {

const QString kGroup = QStringLiteral("hosts");

ServiceError storeError(const QKeychain::Job *job)
{
    return ServiceError::unavailable(
        QStringLiteral("the desktop's secret store (GNOME Keyring or KWallet) did not answer: %1. VMAN keeps client tokens only there, never in "
                       "a file; the host stays connected until VMAN closes")
            .arg(job->errorString()));
}

} // namespace

KnownHosts::KnownHosts(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

QString KnownHosts::keyOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

QList<SavedHost> KnownHosts::saved() const
{
    QSettings settings;
    QList<SavedHost> hosts;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedHost host{QUrl(settings.value(QStringLiteral("url")).toString()), settings.value(QStringLiteral("fingerprint")).toString(),
                       settings.value(QStringLiteral("clientName")).toString(), settings.value(QStringLiteral("tokenId")).toString()};
        if (host.url.isValid() && !host.url.host().isEmpty())
            hosts.append(host);
    }
    settings.endArray();
    return hosts;
}

std::optional<SavedHost> KnownHosts::find(const QUrl &url) const
{
    for (const SavedHost &host : saved()) {
        if (keyOf(host.url) == keyOf(url))
            return host;
    }
    return std::nullopt;
}

void KnownHosts::writeList(const QList<SavedHost> &hosts) const
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(hosts.size()));
    for (int i = 0; i < hosts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("url"), keyOf(hosts.at(i).url));
        settings.setValue(QStringLiteral("fingerprint"), hosts.at(i).fingerprint);
        settings.setValue(QStringLiteral("clientName"), hosts.at(i).clientName);
        settings.setValue(QStringLiteral("tokenId"), hosts.at(i).tokenId);
    }
    settings.endArray();
}

void KnownHosts::remember(const HostIdentity &identity, std::function<void(Result<Done>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyOf(identity.url));
    job->setBinaryData(identity.token);
    QPointer<KnownHosts> self(this);
    connect(job, &QKeychain::Job::finished, this, [self, identity, done](QKeychain::Job *finished) {
        if (!self)
            return;
        if (finished->error() != QKeychain::NoError)
            return done(storeError(finished));
        QList<SavedHost> hosts = self->saved();
        hosts.removeIf([&identity](const SavedHost &h) { return keyOf(h.url) == keyOf(identity.url); });
        hosts.append({identity.url, identity.fingerprint, identity.name, identity.tokenId});
        self->writeList(hosts);
        done(Done{});
    });
    job->start();
}

void KnownHosts::recall(const SavedHost &host, std::function<void(Result<HostIdentity>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyOf(host.url));
    connect(job, &QKeychain::Job::finished, this, [host, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            return done(ServiceError::notFound(QStringLiteral("the secret store holds no token for %1: pair with it again").arg(keyOf(host.url))));
        if (finished->error() != QKeychain::NoError)
            return done(storeError(finished));
        const QByteArray token = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        done(HostIdentity{host.url, host.fingerprint, token, host.tokenId, host.clientName});
    });
    job->start();
}

void KnownHosts::forget(const QUrl &url, std::function<void(Result<Done>)> done)
{
    QList<SavedHost> hosts = saved();
    hosts.removeIf([&url](const SavedHost &h) { return keyOf(h.url) == keyOf(url); });
    writeList(hosts);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyOf(url));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            return done(storeError(finished));
        done(Done{});
    });
    job->start();
}

} // namespace vman::client
