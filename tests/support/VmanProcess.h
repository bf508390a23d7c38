// SPDX-License-Identifier: GPL-3.0-or-later
// Runs build/vman as a real process for tests: a clean VMAN_* environment, its output
// collected, and the API port read from its "INTEL listening on" line.
#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

class VmanProcess
{
public:
    // `launcher`: a program that runs vman (e.g. {"prlimit", "--nofile=64:64"}) and execs it.
    VmanProcess(const QString &workDir, const QStringList &args, const QMap<QString, QString> &env = {},
                const QStringList &launcher = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &key : environment.keys()) {
            if (key.startsWith(QLatin1String("VMAN_")))
                environment.remove(key);
        }
        environment.insert(QStringLiteral("VMAN_LOG_DIR"), workDir + QStringLiteral("/logs"));
        for (auto it = env.begin(); it != env.end(); ++it) {
            if (it.value().isNull())
                environment.remove(it.key());
            else
                environment.insert(it.key(), it.value());
        }
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(workDir);
        if (launcher.isEmpty())
            m_process.start(QStringLiteral(VMAN_BINARY), args);
        else
            m_process.start(launcher.first(), launcher.mid(1) + QStringList{QStringLiteral(VMAN_BINARY)} + args);
    }
    ~VmanProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The port from the "INTEL listening on http://host:port" line; 0 if it never comes.
    quint16 waitForPort(int ms = 10000)
    {
        static const QRegularExpression listening(QStringLiteral("INTEL listening on https?://[^:]+:(\\d+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            m_stdout += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(m_stdout));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
            if (m_process.state() == QProcess::NotRunning)
                return 0;
            QTest::qWait(10);
        }
        return 0;
    }
    // Waits until the output contains `needle`.
    bool waitForOutput(const QString &needle, int ms = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            m_stdout += m_process.readAllStandardOutput();
            if (QString::fromUtf8(m_stdout).contains(needle))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(5);
        }
        return false;
    }
    bool finish(int ms = 10000)
    {
        const bool done = m_process.waitForFinished(ms);
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        return done;
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    // Takes what the process printed so far; whether it still runs.
    bool drain()
    {
        m_process.waitForReadyRead(0);
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        return m_process.state() != QProcess::NotRunning;
    }
    // For a failure message: how the process ended, if it did, and the end of what it printed.
    QString describe(int tail = 3000)
    {
        const bool running = drain();
        QString state = running ? QStringLiteral("running")
                                : QStringLiteral("ended (%1, code %2)")
                                      .arg(m_process.exitStatus() == QProcess::NormalExit ? QStringLiteral("exit") : QStringLiteral("crash"))
                                      .arg(m_process.exitCode());
        return state + QStringLiteral("\nstdout:\n") + output().right(tail) + QStringLiteral("\nstderr:\n") + errors().right(tail);
    }
    qint64 pid() const { return m_process.processId(); }
    int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    QString output() const { return QString::fromUtf8(m_stdout); }
    QString errors() const { return QString::fromUtf8(m_stderr); }

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
