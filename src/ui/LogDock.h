// SPDX-License-Identifier: GPL-3.0-or-later
// The unified log, live, in a dock: filtered by level and searched as you type. With several hosts
// a source list picks whose log it shows: this computer's lines as they are written, a remote
// host's read from its API (GET /logs) every two seconds while the dock is open.
#pragma once

#include <QDockWidget>

#include <deque>

class QComboBox;

namespace vman::client {
class HostConnection;
class HostList;
}
class QLineEdit;
class QPlainTextEdit;

namespace vman {

class LogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDock)

public:
    explicit LogDock(QWidget *parent = nullptr);
    // With the window's hosts: a source list to show a remote host's log.
    LogDock(client::HostList *hosts, QWidget *parent);
    ~LogDock() override;

    QString visibleText() const;
    static constexpr int kMaxLines = 5000;

    static constexpr int kPollMs = 2000;

private:
    void updateSources();
    void sourceChanged();
    void poll();
    client::HostConnection *source() const;
    void append(int severity, const QString &line);
    void render();
    bool accepts(int severity, const QString &line) const;

    QComboBox *m_level;
    QLineEdit *m_search;
    QPlainTextEdit *m_view;
    std::deque<std::pair<int, QString>> m_lines;
    client::HostList *m_hosts = nullptr;
    QComboBox *m_source = nullptr;
    QTimer *m_poll = nullptr;
    quint64 m_after = 0;       // a remote log's last line seen
    quint64 m_generation = 0;  // answers for an earlier source are dropped
    bool m_reading = false;
};

} // namespace vman
