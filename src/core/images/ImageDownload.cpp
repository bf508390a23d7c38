// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageDownload.h"

#include "Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace vman::images {

namespace {
constexpr qint64 kReadBuffer = 4 * 1024 * 1024; // what Qt may hold for us: the memory bound
constexpr qint64 kChunk = 1024 * 1024;
} // namespace

ImageDownload::ImageDownload(QUrl url, QString partFile, std::shared_ptr<TransferProgress> progress, Options options,
                             std::optional<Checksum> expected, QUrl checksumUrl)
    : m_url(std::move(url)), m_part(partFile), m_progress(std::move(progress)), m_options(options), m_expected(std::move(expected)),
      m_checksumUrl(std::move(checksumUrl))
{
}

ImageDownload::~ImageDownload()
{
    if (m_reply)
        m_reply->abort();
}

void ImageDownload::begin()
{
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ImageDownload::request);
    if (!m_expected && m_checksumUrl.isValid())
        return fetchChecksum();
    resume();
}

void ImageDownload::resume()
{
    if (m_done)
        return;
    m_hashes = std::make_unique<HashPipeline>(m_expected && m_expected->algorithm == QLatin1String("sha512"));
    // Unbuffered: chunks of a MiB go straight to the file, without one more copy.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return finish(QStringLiteral("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
    // A .part left by an earlier run: hash what it holds and go on from its end.
    while (true) {
        QByteArray chunk = m_part.read(kChunk);
        if (chunk.isEmpty())
            break;
        if (m_progress->cancelled)
            return finish(QStringLiteral("cancelled"));
        m_offset += chunk.size();
        m_hashes->add(std::move(chunk));
    }
    m_progress->done = m_offset;
    if (m_offset > 0)
        qCInfo(lcImages).noquote() << "resuming" << m_url.toDisplayString() << "at byte" << m_offset;
    request();
}

void ImageDownload::fetchChecksum()
{
    // The published sums file, small and bounded; its entry for our file is what we verify.
    QNetworkRequest request(m_checksumUrl);
    request.setTransferTimeout(m_options.stallTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VMAN image download"));
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received) {
        if (received > kMaxSumsFileBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_done)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            return finish(QStringLiteral("cannot read the checksums at %1: %2")
                              .arg(m_checksumUrl.toDisplayString(), status >= 400 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString()));
        }
        const QString fileName = m_url.fileName();
        const auto found = findChecksum(reply->read(kMaxSumsFileBytes), fileName);
        if (!found)
            return finish(QStringLiteral("%1 does not list %2").arg(m_checksumUrl.toDisplayString(), fileName));
        m_expected = found;
        Q_EMIT checksumFound(formatChecksum(*found));
        resume();
    });
}

void ImageDownload::cancel()
{
    m_progress->cancelled = true;
    finish(QStringLiteral("cancelled"));
}

void ImageDownload::request()
{
    if (m_done)
        return;
    ++m_attempt;
    m_responseChecked = false;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_options.stallTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("VMAN image download"));
    // The bytes as stored: no transparent decompression that would change what is hashed.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(kReadBuffer);
    connect(m_reply, &QNetworkReply::readyRead, this, &ImageDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ImageDownload::onFinished);
}

bool ImageDownload::acceptResponse()
{
    if (m_responseChecked)
        return true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return false; // an error status: onFinished reports it
    m_responseChecked = true;
    if (status == 206) {
        // Content-Range: bytes START-END/TOTAL. Any other start than ours: start over.
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto match = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        if (match.hasMatch() && match.captured(1).toLongLong() == m_offset) {
            if (match.captured(3) != QLatin1String("*"))
                m_progress->total = match.captured(3).toLongLong();
            return true;
        }
        qCWarning(lcImages).noquote() << m_url.toDisplayString() << "answered an unexpected range; starting over";
    } else {
        if (m_offset > 0)
            qCInfo(lcImages).noquote() << m_url.toDisplayString() << "does not resume downloads; starting over";
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_progress->total = length > 0 ? length : 0;
    }
    if (m_offset > 0) {
        m_part.resize(0);
        m_part.seek(0);
        m_hashes->reset();
        m_offset = 0;
        m_progress->done = 0;
    }
    if (status == 206) {
        m_startOver = true;
        m_reply->abort(); // onFinished asks again, from byte 0
        return false;
    }
    return true;
}

void ImageDownload::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    if (!acceptResponse())
        return;
    while (m_reply->bytesAvailable() > 0) {
        if (m_progress->cancelled)
            return cancel();
        QByteArray chunk = m_reply->read(kChunk);
        if (chunk.isEmpty())
            break;
        if (m_part.write(chunk) != chunk.size())
            return finish(QStringLiteral("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
        m_offset += chunk.size();
        m_progress->done = m_offset;
        m_hashes->add(std::move(chunk)); // hashed on the pipeline's thread meanwhile
    }
}

void ImageDownload::onFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = QStringLiteral("the server answered HTTP %1 %2")
                                   .arg(status)
                                   .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        // A client error will not change by asking again; a server error may.
        return status < 500 ? finish(reason) : retryOrFail(reason);
    }
    if (m_startOver) {
        m_startOver = false;
        --m_attempt; // not a failure of the network
        return request();
    }
    if (reply->error() == QNetworkReply::NoError) {
        m_reply = reply; // onReadyRead checks the response if no data came yet, and drains the rest
        onReadyRead();
        m_reply = nullptr;
        if (m_done)
            return;
        if (!m_responseChecked)
            return finish(QStringLiteral("the server answered HTTP %1 instead of the file").arg(status));
        const qint64 total = m_progress->total;
        if (total > 0 && m_offset < total)
            return retryOrFail(QStringLiteral("the connection ended after %1 of %2 bytes").arg(m_offset).arg(total));
        if (!m_part.flush())
            return finish(QStringLiteral("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
        m_part.close();
        const HashPipeline::Digests digests = m_hashes->finish();
        const QString sha256 = digests.sha256;
        if (m_expected) {
            const QString got = m_expected->algorithm == QLatin1String("sha512") ? digests.sha512 : sha256;
            if (got != m_expected->hex) {
                return finish(QStringLiteral("checksum mismatch: expected %1 %2, got %3 (%4 bytes)")
                                  .arg(m_expected->algorithm.toUpper(), m_expected->hex, got)
                                  .arg(m_offset));
            }
        }
        return finish(QString(), sha256, m_offset);
    }
    retryOrFail(reply->errorString());
}

void ImageDownload::retryOrFail(const QString &reason)
{
    if (m_progress->cancelled)
        return finish(QStringLiteral("cancelled"));
    if (m_attempt >= m_options.attempts)
        return finish(QStringLiteral("%1 (gave up after %2 attempts)").arg(reason).arg(m_attempt));
    const int delay = m_options.firstRetryDelayMs << qMin(m_attempt - 1, 6);
    qCWarning(lcImages).noquote() << "download of" << m_url.toDisplayString() << "interrupted:" << reason << "- resuming at byte" << m_offset
                                  << "in" << delay << "ms";
    m_retryTimer->start(delay);
}

void ImageDownload::finish(const QString &error, const QString &sha256, qint64 size)
{
    if (m_done)
        return;
    m_done = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_part.isOpen())
        m_part.close();
    Q_EMIT finished(error, sha256, size);
}

} // namespace vman::images
