// SPDX-License-Identifier: GPL-3.0-or-later
// What the selected VM is: its properties, disks and port forwards, a live thumbnail of its
// screen and the tail of its serial console, refreshed while visible.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace vman {

class VmService;

class VmDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmDetailPane)

public:
    explicit VmDetailPane(VmService &service, QWidget *parent = nullptr);

    void showVm(const QString &vmId);
    QString vmId() const { return m_vmId; }
    QString propertiesText() const;

private:
    void refresh();
    void refreshScreen();
    void refreshConsole();

    VmService &m_service;
    QString m_vmId;
    QLabel *m_title;
    QLabel *m_properties;
    QLabel *m_screen;
    QPlainTextEdit *m_console;
    QTimer m_timer;
    bool m_screenPending = false;
};

} // namespace vman
