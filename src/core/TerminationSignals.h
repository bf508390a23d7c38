// SPDX-License-Identifier: GPL-3.0-or-later
// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe), so shutdown runs as
// ordinary code: close the API, flush the log, close the database.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace vman {

class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace vman
