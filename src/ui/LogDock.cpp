// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogDock.h"

#include "Logging.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace vman {

LogDock::LogDock(QWidget *parent) : QDockWidget(tr("Log"), parent)
{
    setObjectName(QStringLiteral("LogDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *filters = new QHBoxLayout;
    m_level = new QComboBox(content);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->addItem(tr("Debug and above"), 0);
    m_level->addItem(tr("Info and above"), 1);
    m_level->addItem(tr("Warnings and errors"), 2);
    m_level->addItem(tr("Errors only"), 3);
    m_level->setCurrentIndex(1);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_level);
    filters->addWidget(m_search, 1);
    m_view = new QPlainTextEdit(content);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setFont(QFont(QStringLiteral("monospace")));
    layout->addLayout(filters);
    layout->addWidget(m_view);
    setWidget(content);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogDock::render);
    connect(m_search, &QLineEdit::textChanged, this, &LogDock::render);
    // Lines may be logged on any thread: they reach the dock through its event queue.
    QPointer<LogDock> self(this);
    logging::setListener([self](QtMsgType type, const QString &line) {
        QMetaObject::invokeMethod(self, [self, type, line] {
            if (self)
                self->append(logging::severity(type), line);
        }, Qt::QueuedConnection);
    });
}

LogDock::~LogDock()
{
    logging::setListener({});
}

bool LogDock::accepts(int severity, const QString &line) const
{
    return severity >= m_level->currentData().toInt() && (m_search->text().isEmpty() || line.contains(m_search->text(), Qt::CaseInsensitive));
}

void LogDock::append(int severity, const QString &line)
{
    m_lines.emplace_back(severity, line);
    if (int(m_lines.size()) > kMaxLines)
        m_lines.pop_front();
    if (accepts(severity, line))
        m_view->appendPlainText(line);
}

void LogDock::render()
{
    QStringList shown;
    for (const auto &[severity, line] : m_lines) {
        if (accepts(severity, line))
            shown << line;
    }
    m_view->setPlainText(shown.join(QLatin1Char('\n')));
}

QString LogDock::visibleText() const
{
    return m_view->toPlainText();
}

} // namespace vman
