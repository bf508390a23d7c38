// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the window's modal dialogs in tests, as a user would: once the next one is open, `fill`
// gets it (fields to set, a button to click).
#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Polled by a timer, not a wait loop: a dialog that opens later, inside another event loop (a
// reply's callback), is found too.
inline void onNextDialog(std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    QObject::connect(timer, &QTimer::timeout, [timer, fill, waited] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog && waited->elapsed() < 30000)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            fill(dialog);
    });
    timer->start();
}

// Answers the next message box with `button`; its text goes to `asked` (when given).
inline void answerNextQuestion(QMessageBox::StandardButton button, QString *asked = nullptr)
{
    onNextDialog([button, asked](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (asked)
            *asked = box ? box->text() : QStringLiteral("(not a question)");
        if (box)
            box->button(button)->click();
        else
            dialog->reject();
    });
}
