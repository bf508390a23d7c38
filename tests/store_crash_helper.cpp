// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_statestore: changes the database and dies by SIGKILL, as a crash would.
//   store_crash_helper <db> mid-transaction   BEGIN, several writes, killed before COMMIT
//   store_crash_helper <db> after-commit      a committed write through StateStore, then killed
#include "StateStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QByteArray mode = argv[2];
    if (mode == "after-commit") {
        vman::StateStore store(path);
        if (!store.open())
            return 3;
        if (!store.insertTemplate({QStringLiteral("committed"), 1, 1, vman::nowUtc()}))
            return 4;
        ::kill(::getpid(), SIGKILL);
    }
    if (mode == "mid-transaction") {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash"));
        db.setDatabaseName(path);
        if (!db.open())
            return 3;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        if (!db.transaction())
            return 4;
        for (int i = 0; i < 50; ++i) {
            if (!q.exec(QStringLiteral("INSERT INTO templates (name, cpu_count, ram_amount, created_at) VALUES ('lost-%1', 1, 1, '2026-01-01T00:00:00.000Z')").arg(i)))
                return 5;
        }
        if (!q.exec(QStringLiteral("DELETE FROM disk_attachments")) || !q.exec(QStringLiteral("DELETE FROM vms")))
            return 6;
        std::fflush(stdout);
        ::kill(::getpid(), SIGKILL);
    }
    return 7;
}
