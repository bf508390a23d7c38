// SPDX-License-Identifier: GPL-3.0-or-later
// The one connection to each running VM's serial console. QEMU's socket chardev serves a single
// client at a time, yet the console window, the browser's serial tab and remote terminals all want
// the console at once: they open sessions here, each sees what the guest prints from when it
// joined, and all type into the same line. A connection exists only while a session wants it and
// the VM runs; it comes back by itself after a restart.
#pragma once

#include <QLocalSocket>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace vman {

class SerialConsoles;
class VmService;
enum class VmState;

class SerialSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialSession)

public:
    ~SerialSession() override;

    const QString &vmId() const { return m_vmId; }
    bool isConnected() const;
    // Bytes for the guest; dropped while the console is not connected (nothing would read them).
    void send(const QByteArray &bytes);

Q_SIGNALS:
    void received(const QByteArray &bytes);
    void connectedChanged(bool connected);

private:
    friend class SerialConsoles;
    SerialSession(SerialConsoles &hub, QString vmId);

    SerialConsoles *m_hub;
    QString m_vmId;
};

class SerialConsoles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialConsoles)

public:
    explicit SerialConsoles(VmService &service, QObject *parent = nullptr);
    ~SerialConsoles() override;

    std::unique_ptr<SerialSession> open(const QString &vmId);
    // VMs with a console connection open right now.
    int connectionCount() const;

private:
    friend class SerialSession;
    struct Line
    {
        QLocalSocket socket;
        QTimer retry;
        QList<SerialSession *> sessions;
    };

    void leave(SerialSession *session);
    bool isConnected(const QString &vmId) const;
    void send(const QString &vmId, const QByteArray &bytes);
    void follow(const QString &vmId);
    void announce(const QString &vmId, bool connected);

    VmService &m_service;
    std::map<QString, std::unique_ptr<Line>> m_lines;
};

} // namespace vman
