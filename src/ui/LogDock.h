// SPDX-License-Identifier: GPL-3.0-or-later
// The unified log, live, in a dock: filtered by level and searched as you type.
#pragma once

#include <QDockWidget>

#include <deque>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace vman {

class LogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDock)

public:
    explicit LogDock(QWidget *parent = nullptr);
    ~LogDock() override;

    QString visibleText() const;
    static constexpr int kMaxLines = 5000;

private:
    void append(int severity, const QString &line);
    void render();
    bool accepts(int severity, const QString &line) const;

    QComboBox *m_level;
    QLineEdit *m_search;
    QPlainTextEdit *m_view;
    std::deque<std::pair<int, QString>> m_lines;
};

} // namespace vman
