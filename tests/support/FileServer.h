// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP/1.1 file server on loopback for download tests: serves byte arrays by path, honours
// `Range: bytes=N-`, and can misbehave on purpose (cut a response short, trickle, ignore ranges).
#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

class FileServer : public QTcpServer
{
public:
    struct File
    {
        QByteArray bytes;
        qint64 cutAfter = -1;      // the first response closes the connection after this many body bytes
        int bytesPerTick = 0;      // trickle: this many bytes every 20 ms (0: all at once)
        bool ignoreRange = false;  // answer 200 with everything even when asked for a range
        qint64 stallAfter = -1;    // the first response sends this many body bytes, then nothing (connection kept open)
    };

    FileServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QByteArray url(const QString &path) const { return "http://127.0.0.1:" + QByteArray::number(serverPort()) + path.toUtf8(); }
    QHash<QString, File> files;
    QStringList ranges;   // the Range header of every request ("" when none)
    int requests = 0;

private:
    void serve(QTcpSocket *socket)
    {
        auto *head = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, head] {
            delete head;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
            head->append(socket->readAll());
            if (!head->contains("\r\n\r\n"))
                return;
            const QList<QByteArray> lines = head->left(head->indexOf("\r\n\r\n")).split('\n');
            head->clear();
            const QString path = QString::fromLatin1(lines.first().split(' ').value(1));
            QByteArray range;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("range:"))
                    range = line.mid(6).trimmed();
            }
            ++requests;
            ranges << QString::fromLatin1(range);
            respond(socket, path, range);
        });
    }

    void respond(QTcpSocket *socket, const QString &path, const QByteArray &range)
    {
        if (!files.contains(path)) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
            socket->disconnectFromHost();
            return;
        }
        File &file = files[path];
        qint64 from = 0;
        if (range.startsWith("bytes=") && !file.ignoreRange)
            from = range.mid(6, range.indexOf('-') - 6).toLongLong();
        const qint64 total = file.bytes.size();
        QByteArray header;
        if (from > 0) {
            header = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(total - 1) + '/'
                + QByteArray::number(total) + "\r\n";
        } else {
            header = "HTTP/1.1 200 OK\r\n";
        }
        header += "Content-Length: " + QByteArray::number(total - from) + "\r\nAccept-Ranges: bytes\r\nConnection: close\r\n\r\n";
        socket->write(header);
        QByteArray body = file.bytes.mid(from);
        if (file.stallAfter >= 0) {
            socket->write(body.left(file.stallAfter));
            file.stallAfter = -1; // only the first time; the socket stays open and silent
            return;
        }
        if (file.cutAfter >= 0) {
            body.truncate(file.cutAfter);
            file.cutAfter = -1; // only the first time
            socket->write(body);
            socket->flush();
            socket->abort();
            return;
        }
        if (file.bytesPerTick <= 0) {
            socket->write(body);
            socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qint64>(0);
        const int step = file.bytesPerTick;
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard, timer, body, offset, step] {
            if (!guard)
                return;
            guard->write(body.mid(*offset, step));
            *offset += step;
            if (*offset >= body.size()) {
                timer->stop();
                guard->disconnectFromHost();
            }
        });
        timer->start(20);
    }
};
