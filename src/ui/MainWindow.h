// The desktop window. For now a plain overview of what the core holds and where the API is;
// the full management UI is its own piece of work.
#pragma once

#include <QMainWindow>

class QLabel;

namespace vman {

class VmService;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(VmService &service, const QString &apiUrl, QWidget *parent = nullptr);

    QString summaryText() const;

private:
    void refresh();

    VmService &m_service;
    QLabel *m_summary = nullptr;
};

} // namespace vman
