// SPDX-License-Identifier: GPL-3.0-or-later
// One image download over HTTP(S) with Qt Network, run in the image library's transfer thread:
// streamed to `<file>.part` (a bounded read buffer keeps memory flat), hashed as it streams,
// resumed with `Range` after an interruption (and after a VMAN restart, by re-hashing what the
// .part already holds), and reported through a shared TransferProgress. The expected checksum
// is given, or read first from a published sums file; it is verified before `finished`.
#pragma once

#include "Checksums.h"
#include "FileTransfer.h"
#include "HashPipeline.h"
#include "Sha256.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace vman::images {

class ImageDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDownload)

public:
    struct Options
    {
        int attempts = 6;           // tries in all before giving up on a failing network
        int firstRetryDelayMs = 500; // doubled each retry
        int stallTimeoutMs = 30000;  // no byte for this long counts as an interruption
    };

    ImageDownload(QUrl url, QString partFile, std::shared_ptr<TransferProgress> progress, Options options,
                  std::optional<Checksum> expected = std::nullopt, QUrl checksumUrl = {});
    ~ImageDownload() override;

    // Both run in the thread the object lives in (call through QMetaObject::invokeMethod).
    Q_INVOKABLE void begin();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    // The sums file named the checksum to verify (to be remembered across restarts).
    void checksumFound(const QString &checksum);
    // Exactly once. `error` empty on success, with the SHA-256 and size of the complete file.
    void finished(const QString &error, const QString &sha256, qint64 size);

private:
    void fetchChecksum();
    void resume();
    void request();
    void onReadyRead();
    void onFinished();
    bool acceptResponse(); // checks the status once per response; restarts from 0 when needed
    void retryOrFail(const QString &reason);
    void finish(const QString &error, const QString &sha256 = {}, qint64 size = 0);

    QUrl m_url;
    QFile m_part;
    std::shared_ptr<TransferProgress> m_progress;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    std::optional<Checksum> m_expected;
    QUrl m_checksumUrl;
    std::unique_ptr<HashPipeline> m_hashes; // SHA-256, and SHA-512 when that is what is expected
    qint64 m_offset = 0; // bytes in the .part file, all hashed
    int m_attempt = 0;
    bool m_responseChecked = false;
    bool m_startOver = false;
    bool m_done = false;
};

} // namespace vman::images
