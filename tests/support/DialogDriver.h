// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the window's modal dialogs in tests, as a user would: once the next one is open, `fill`
// gets it (fields to set, a button to click).
#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QLabel>
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

// What a message box showed: its text, and how wide its text label was, in which font.
struct ShownQuestion
{
    QString text;
    int labelWidth = 0;
    QFont font;
    // Whether `line` fits the label's width unbroken.
    bool fitsOnOneLine(const QString &line) const { return QFontMetrics(font).horizontalAdvance(line) <= labelWidth; }
};

// Answers the next message box with `button`; its text goes to `asked` (when given).
inline void answerNextQuestion(QMessageBox::StandardButton button, QString *asked = nullptr, ShownQuestion *shown = nullptr)
{
    onNextDialog([button, asked, shown](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (asked)
            *asked = box ? box->text() : QStringLiteral("(not a question)");
        if (shown && box) {
            shown->text = box->text();
            if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))) {
                shown->labelWidth = label->contentsRect().width();
                shown->font = label->font();
            }
        }
        if (box)
            box->button(button)->click();
        else
            dialog->reject();
    });
}
