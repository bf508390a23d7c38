// SPDX-License-Identifier: GPL-3.0-or-later
// Prometheus' own checker of GET /metrics (scripts/test.sh unpacks promtool from Debian's
// prometheus package into third_party/prometheus and sets VMAN_PROMTOOL).
#pragma once

#include <QFileInfo>
#include <QProcess>
#include <QTest>

inline void checkWithPromtool(const QByteArray &exposition)
{
    QString promtool = qEnvironmentVariable("VMAN_PROMTOOL");
    if (promtool.isEmpty())
        promtool = QStringLiteral(VMAN_SOURCE_DIR "/third_party/prometheus/promtool");
    QVERIFY2(QFileInfo(promtool).isExecutable(), qPrintable(promtool + QStringLiteral(" is missing: scripts/test.sh installs it")));
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY2(check.waitForStarted(10000), qPrintable(promtool + QStringLiteral(": ") + check.errorString()));
    check.write(exposition);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, said.constData());
    QVERIFY2(said.trimmed().isEmpty(), said.constData()); // no lint findings either
}
