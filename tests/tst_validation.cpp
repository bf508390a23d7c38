// SPDX-License-Identifier: GPL-3.0-or-later
// The input rules: names, ranges, ids, states.
#include "Types.h"
#include "Validation.h"

#include <QTest>

using namespace vman;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("errorType"); // empty: valid
        QTest::newRow("simple") << "small" << "";
        QTest::newRow("digits first") << "2cpu" << "";
        QTest::newRow("all allowed characters") << "a.b_c-D9" << "";
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << "";
        QTest::newRow("empty") << "" << "string_too_short";
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << "string_too_long";
        QTest::newRow("10 kB") << QString(10240, QLatin1Char('a')) << "string_too_long";
        QTest::newRow("starts with dot") << ".hidden" << "string_pattern_mismatch";
        QTest::newRow("starts with dash") << "-x" << "string_pattern_mismatch";
        QTest::newRow("path traversal") << "../etc" << "string_pattern_mismatch";
        QTest::newRow("slash") << "a/b" << "string_pattern_mismatch";
        QTest::newRow("space") << "a b" << "string_pattern_mismatch";
        QTest::newRow("non-ascii") << QString::fromUtf8("caf\u00e9") << "string_pattern_mismatch";
        QTest::newRow("newline") << "a\nb" << "string_pattern_mismatch";
        // `$` alone matches before a final newline: the whole string must be anchored.
        QTest::newRow("trailing newline") << "vm1\n" << "string_pattern_mismatch";
        QTest::newRow("trailing CRLF") << "vm1\r\n" << "string_pattern_mismatch";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, errorType);
        const auto error = rules::checkName(QStringLiteral("name"), name);
        if (errorType.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        } else {
            QVERIFY(error);
            QCOMPARE(error->type, errorType);
            QCOMPARE(error->field, QStringLiteral("name"));
            QVERIFY(!error->message.isEmpty());
        }
    }

    void ranges_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("cpu min") << qint64(1) << rules::kCpuCountMin << rules::kCpuCountMax << "";
        QTest::newRow("cpu max") << qint64(128) << rules::kCpuCountMin << rules::kCpuCountMax << "";
        QTest::newRow("cpu zero") << qint64(0) << rules::kCpuCountMin << rules::kCpuCountMax << "greater_than_equal";
        QTest::newRow("cpu 129") << qint64(129) << rules::kCpuCountMin << rules::kCpuCountMax << "less_than_equal";
        QTest::newRow("negative") << qint64(-5) << rules::kRamGibMin << rules::kRamGibMax << "greater_than_equal";
        QTest::newRow("huge") << std::numeric_limits<qint64>::max() << rules::kDiskGibMin << rules::kDiskGibMax << "less_than_equal";
        QTest::newRow("disk max") << qint64(65536) << rules::kDiskGibMin << rules::kDiskGibMax << "";
    }
    void ranges()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(QString, errorType);
        const auto error = rules::checkRange(QStringLiteral("f"), value, min, max);
        QCOMPARE(error ? error->type : QString(), errorType);
        if (error)
            QVERIFY(error->message.contains(QString::number(errorType == QLatin1String("less_than_equal") ? max : min)));
    }

    void rangeLimitsMatchTheContract()
    {
        QCOMPARE(rules::kCpuCountMax, 128);
        QCOMPARE(rules::kRamGibMax, 1024);
        QCOMPARE(rules::kDiskGibMax, 65536);
        QCOMPARE(rules::kNameMaxLength, 64);
    }

    void ipv4_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("loopback") << "127.0.0.1" << true;
        QTest::newRow("any") << "0.0.0.0" << true;
        QTest::newRow("trailing newline") << "127.0.0.1\n" << false;
        QTest::newRow("leading newline") << "\n127.0.0.1" << false;
        QTest::newRow("octet 256") << "127.0.0.256" << false;
        QTest::newRow("three octets") << "127.0.1" << false;
        QTest::newRow("hostfwd injection") << "127.0.0.1:1-:22,hostfwd=tcp:" << false;
    }
    void ipv4()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(!rules::checkIpv4(QStringLiteral("host_address"), address).has_value(), valid);
    }

    void ids()
    {
        const QString id = newId();
        QVERIFY(isCanonicalId(id));
        QVERIFY(isCanonicalId(id.toUpper()));
        QVERIFY(!isCanonicalId(QStringLiteral("{") + id + QStringLiteral("}")));
        QVERIFY(!isCanonicalId(QStringLiteral("../../etc/passwd")));
        QVERIFY(!isCanonicalId(QString()));
        QVERIFY(!isCanonicalId(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(newId() != newId());
    }

    void states()
    {
        QCOMPARE(allVmStateNames(),
                 QStringList({"stopped", "starting", "running", "stopping", "paused", "error"}));
        for (const QString &name : allVmStateNames())
            QCOMPARE(nameOf(*vmStateFromString(name)), name);
        QVERIFY(!vmStateFromString(QStringLiteral("RUNNING")));
        QVERIFY(!vmStateFromString(QStringLiteral("bogus")));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
