// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageTool.h"

#include "Logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace vman {

ImageTool::ImageTool(QString program, QObject *parent) : QObject(parent), m_program(std::move(program)) {}

ImageTool::~ImageTool()
{
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
    }
}

void ImageTool::run(const QStringList &arguments, const QString &target, Callback<QByteArray> done,
                    std::function<void(const QByteArray &)> onOutput)
{
    auto *process = new QProcess(this);
    if (onOutput) {
        connect(process, &QProcess::readyReadStandardOutput, this, [process, onOutput] { onOutput(process->readAllStandardOutput()); });
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto finished = std::make_shared<bool>(false);
    auto complete = [process, target, done, finished, timer, arguments](Result<QByteArray> result) {
        if (*finished)
            return;
        *finished = true;
        if (!result.ok() && !target.isEmpty())
            QFile::remove(target);
        qCDebug(lcOperator).noquote() << "qemu-img" << arguments.join(QLatin1Char(' ')) << (result.ok() ? "ok" : "failed") << timer->elapsed() << "ms";
        process->deleteLater();
        done(std::move(result));
    };
    connect(process, &QProcess::finished, this, [process, complete](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = process->readAllStandardOutput();
        if (status == QProcess::NormalExit && exitCode == 0)
            return complete(out);
        QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (err.isEmpty())
            err = status == QProcess::CrashExit ? QStringLiteral("qemu-img crashed") : QStringLiteral("qemu-img exited with code %1").arg(exitCode);
        complete(ServiceError::failed(err));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, complete](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            complete(ServiceError::failed(QStringLiteral("cannot run %1: %2").arg(m_program, process->errorString())));
    });
    process->start(m_program, arguments, QIODevice::ReadOnly);
}

void ImageTool::create(const QString &path, qint64 sizeGiB, Callback<Done> done)
{
    run({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), path, QStringLiteral("%1G").arg(sizeGiB)},
        path, [done](Result<QByteArray> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

void ImageTool::linkedClone(const QString &base, const QString &overlay, Callback<Done> done, qint64 sizeBytes)
{
    QStringList args{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-b"), base,
                     QStringLiteral("-F"), QStringLiteral("qcow2"), overlay};
    if (sizeBytes > 0)
        args << QString::number(sizeBytes);
    run(args,
        overlay, [done](Result<QByteArray> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

void ImageTool::fullCopy(const QString &base, const QString &destination, Callback<Done> done)
{
    convertToQcow2(base, QStringLiteral("qcow2"), destination, std::move(done));
}

void ImageTool::convertToQcow2(const QString &source, const QString &sourceFormat, const QString &destination, Callback<Done> done)
{
    run({QStringLiteral("convert"), QStringLiteral("-q"), QStringLiteral("-f"), sourceFormat, QStringLiteral("-O"), QStringLiteral("qcow2"), source,
         destination},
        destination, [done](Result<QByteArray> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

std::optional<double> ImageTool::progressFrom(const QByteArray &output)
{
    // qemu-img -p rewrites one line with "\r": "    (45.12/100%)".
    const qsizetype end = output.lastIndexOf("/100%)");
    if (end < 0)
        return std::nullopt;
    const qsizetype start = output.lastIndexOf('(', end);
    if (start < 0 || end - start > 16)
        return std::nullopt;
    bool ok = false;
    const double percent = output.mid(start + 1, end - start - 1).toDouble(&ok);
    return ok && percent >= 0 && percent <= 100 ? std::optional<double>(percent) : std::nullopt;
}

void ImageTool::copyWithProgress(const QString &source, const QString &destination, std::function<void(double)> progress, Callback<Done> done)
{
    // -W: clusters are written as they come (out of order), as fast as the disk takes them.
    run({QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-W"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-O"),
         QStringLiteral("qcow2"), source, destination},
        destination, [done](Result<QByteArray> r) { r.ok() ? done(Done{}) : done(r.error()); },
        [progress](const QByteArray &output) {
            if (const auto percent = progressFrom(output); percent && progress)
                progress(*percent);
        });
}

void ImageTool::grow(const QString &path, qint64 bytes, Callback<Done> done)
{
    run({QStringLiteral("resize"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), path, QString::number(bytes)}, QString(),
        [done](Result<QByteArray> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

void ImageTool::snapshot(const QString &path, SnapshotAction action, const QString &name, Callback<Done> done)
{
    static const char *const kFlags[] = {"-c", "-a", "-d"};
    // `qemu-img snapshot` takes no -f: the format is given through --image-opts instead (never
    // probed); commas in the path are doubled, as in every QEMU option value.
    QString escaped = path;
    escaped.replace(QLatin1Char(','), QLatin1String(",,"));
    run({QStringLiteral("snapshot"), QStringLiteral("-q"), QStringLiteral("--image-opts"), QLatin1String(kFlags[int(action)]), name,
         QStringLiteral("driver=qcow2,file.driver=file,file.filename=") + escaped},
        QString(), [done](Result<QByteArray> r) { r.ok() ? done(Done{}) : done(r.error()); });
}

void ImageTool::info(const QString &path, Callback<QJsonObject> done)
{
    run({QStringLiteral("info"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-U"), QStringLiteral("--output=json"), path},
        QString(), [done](Result<QByteArray> r) {
            if (!r.ok())
                return done(r.error());
            const QJsonDocument doc = QJsonDocument::fromJson(r.value());
            if (!doc.isObject())
                return done(ServiceError::failed(QStringLiteral("qemu-img info gave no JSON object")));
            done(doc.object());
        });
}

} // namespace vman
