// SPDX-License-Identifier: GPL-3.0-or-later
// Every change VMAN makes or observes, as a typed event with a monotonically increasing id,
// kept in a bounded backlog so a client that reconnects can resume (Server-Sent Events).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUuid>

#include <deque>

namespace vman {

class VmService;
class ImageLibrary;
struct Correction;

struct VmanEvent
{
    quint64 id = 0;
    QDateTime at;
    QString type; // "vm.created", "vm.state_changed", "disk.attached", "observer.correction", ...
    QJsonObject data;

    QJsonObject toJson() const;
};

class EventHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)

public:
    explicit EventHub(int backlogSize = 1024, QObject *parent = nullptr);

    // Publishes the service's changes from now on.
    void watch(VmService &service);
    void watch(ImageLibrary &images);
    void publish(const QString &type, const QJsonObject &data);

    quint64 lastId() const { return m_nextId - 1; }
    // Names this run of VMAN: ids start again after a restart, so a client resuming a stream
    // tells by this whether its Last-Event-ID still means anything.
    QString streamId() const { return m_streamId; }
    // Events after `lastSeenId`, oldest first. `complete` is false when some were already
    // dropped from the backlog (or the id is from before a restart of VMAN).
    QList<VmanEvent> since(quint64 lastSeenId, bool *complete = nullptr) const;

Q_SIGNALS:
    void published(const vman::VmanEvent &event);

private:
    std::deque<VmanEvent> m_backlog;
    int m_backlogSize;
    QString m_streamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    quint64 m_nextId = 1;
};

} // namespace vman

Q_DECLARE_METATYPE(vman::VmanEvent)
