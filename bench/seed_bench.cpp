// SPDX-License-Identifier: GPL-3.0-or-later
// Seed creation time (issue 11 goal: < 20 ms): the NoCloud files and the ISO through libisofs,
// in memory and written to disk, for a typical VM (two keys, a #cloud-config, a network config)
// and for the largest allowed settings (64 KiB).
#include "cloudinit/NoCloudSeed.h"
#include "cloudinit/SeedImage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace vman;

namespace {
struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats measure(const Vm &vm, const QString &path, int rounds, bool write)
{
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto image = cloudinit::isoImage(QStringLiteral("cidata"), cloudinit::seedFiles(vm));
        if (!image.ok())
            qFatal("seed failed: %s", qPrintable(image.error().message));
        if (write && !cloudinit::writeSeedImage(path, image.value()).ok())
            qFatal("cannot write %s", qPrintable(path));
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(int(ms.size() * 0.95)), ms.last()};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    QTemporaryDir dir;
    Vm typical;
    typical.id = QStringLiteral("3f2c6a1e-0000-4000-8000-000000000001");
    typical.name = QStringLiteral("web");
    typical.cloudInit = CloudInit();
    typical.cloudInit->sshAuthorizedKeys = {QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2jOA3PDXB+/56YL0w7FYEu/WOMMKELO+0TP7AiA6dQ alice@laptop"),
                                            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2jOA3PDXB+/56YL0w7FYEu/WOMMKELO+0TP7AiA6dQ bob@desk")};
    typical.cloudInit->userData = QStringLiteral("#cloud-config\npackages: [nginx]\nruncmd:\n  - systemctl enable --now nginx\n");
    typical.cloudInit->networkConfig = QStringLiteral("version: 2\nethernets:\n  eth0:\n    dhcp4: true\n");
    Vm largest = typical;
    largest.cloudInit->userData = QStringLiteral("#cloud-config\n# ") + QString(60 * 1024, QLatin1Char('x')) + QLatin1Char('\n');
    QTextStream out(stdout);
    const QString path = dir.filePath(QStringLiteral("seed.iso"));
    measure(typical, path, 5, true); // warm-up: libisofs initialisation, page cache
    for (const auto &[label, vm] : {std::pair{"typical", typical}, std::pair{"64 KiB", largest}}) {
        const Stats memory = measure(vm, path, rounds, false);
        const Stats disk = measure(vm, path, rounds, true);
        out << QStringLiteral("seed %1: in memory median %2 ms (p95 %3, max %4); written to disk median %5 ms (p95 %6, max %7)\n")
                   .arg(QLatin1String(label))
                   .arg(memory.median, 0, 'f', 2).arg(memory.p95, 0, 'f', 2).arg(memory.max, 0, 'f', 2)
                   .arg(disk.median, 0, 'f', 2).arg(disk.p95, 0, 'f', 2).arg(disk.max, 0, 'f', 2);
    }
    return 0;
}
