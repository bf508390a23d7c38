// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogDock.h"

#include "HostList.h"
#include "HostTableModel.h"
#include "Logging.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

namespace vman {

LogDock::LogDock(QWidget *parent) : LogDock(nullptr, parent) {}

LogDock::LogDock(client::HostList *hosts, QWidget *parent) : QDockWidget(tr("Log"), parent), m_hosts(hosts)
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
    m_source = new QComboBox(content);
    m_source->setObjectName(QStringLiteral("logSource"));
    m_source->setToolTip(tr("Whose log to show"));
    filters->addWidget(m_source);
    filters->addWidget(m_level);
    filters->addWidget(m_search, 1);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LogDock::poll);
    connect(m_source, &QComboBox::currentIndexChanged, this, &LogDock::sourceChanged);
    if (m_hosts) {
        connect(m_hosts, &client::HostList::hostAdded, this, &LogDock::updateSources);
        connect(m_hosts, &client::HostList::hostRemoving, this, [this] { QTimer::singleShot(0, this, &LogDock::updateSources); });
    }
    updateSources();
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && source())
            poll();
    });
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
            if (self && !self->source())
                self->append(logging::severity(type), line);
        }, Qt::QueuedConnection);
    });
}

// "This computer" (the live log of this process) and every remote host; shown with two or more.
void LogDock::updateSources()
{
    const QObject *chosen = m_source->currentData().value<QObject *>();
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("This computer"), QVariant::fromValue<QObject *>(nullptr));
    if (m_hosts) {
        for (client::HostConnection *host : m_hosts->hosts()) {
            if (host->isLocal())
                continue;
            m_source->addItem(ui::hostLabel(host), QVariant::fromValue<QObject *>(host));
            if (host == chosen)
                m_source->setCurrentIndex(m_source->count() - 1);
        }
    }
    m_source->setVisible(m_source->count() > 1);
    if (chosen && !m_source->currentData().value<QObject *>())
        sourceChanged(); // the host shown went away
}

client::HostConnection *LogDock::source() const
{
    return qobject_cast<client::HostConnection *>(m_source->currentData().value<QObject *>());
}

void LogDock::sourceChanged()
{
    ++m_generation;
    m_lines.clear();
    m_view->clear();
    m_after = 0;
    m_reading = false;
    if (source()) {
        m_poll->start();
        poll();
    } else {
        m_poll->stop();
        for (const logging::RecentLine &line : logging::recentLines(0, kMaxLines, 0).lines)
            append(line.severity, line.text);
    }
}

void LogDock::poll()
{
    client::HostConnection *host = source();
    if (!host || m_reading || !isVisible())
        return;
    m_reading = true;
    const quint64 generation = m_generation;
    host->readLog(m_after, kMaxLines, [self = QPointer<LogDock>(this), generation](Result<client::LogChunk> chunk) {
        if (!self || generation != self->m_generation)
            return;
        self->m_reading = false;
        if (!chunk.ok())
            return;
        if (chunk.value().missed && self->m_after > 0)
            self->append(2, tr("… lines were missed (the host keeps its last %1) …").arg(kMaxLines));
        for (const auto &[severity, text] : chunk.value().lines)
            self->append(severity, text);
        self->m_after = qMax(self->m_after, chunk.value().lastSeq);
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
