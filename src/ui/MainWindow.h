// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window: machines, disks and templates in sortable, filterable tables, one set of
// actions shared by menus, toolbar and context menus, a detail pane, a status bar and the log.
#pragma once

#include "Types.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QFrame;
class QPushButton;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;

namespace vman {

class ConsoleWindow;
class DiskTableModel;
class ImageLibrary;
class ImageTableModel;
class LogDock;
class Runtime;
class TableFilter;
class TemplateTableModel;
class VmDetailPane;
class VmService;
class VmTableModel;
struct ServiceError;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Runtime &runtime, const QString &apiUrl, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the screenshot script.
    QTableView *vmTable() const { return m_vmTable; }
    QTableView *diskTable() const { return m_diskTable; }
    QTableView *templateTable() const { return m_templateTable; }
    QTableView *imageTable() const { return m_imageTable; }
    // The offer to eject an installer CD (empty when none is shown).
    QString installNotice() const;
    QAction *action(const QString &name) const;
    QString notification() const;
    VmDetailPane *detailPane() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    void selectVms(const QStringList &vmIds);
    void selectDisk(const QString &diskId);
    // The About box's text: version, license, where the API is.
    QString aboutText() const;
    ConsoleWindow *openConsole(const QString &vmId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Tab { kMachinesTab = 0, kDisksTab = 1, kTemplatesTab = 2, kImagesTab = 3 };
    void createActions();
    void createMenusAndToolbar();
    QWidget *createMachinesPage();
    QWidget *createDisksPage();
    QWidget *createTemplatesPage();
    void createStatusBar(const QString &apiUrl);
    void updateActions();
    void updateStatus();
    void notify(const QString &what, const ServiceError &error);

    QStringList selectedVmIds() const;
    void updateEmptyState();
    QString selectedDiskId() const;
    QString selectedTemplate() const;

    void newTemplate();
    void deleteTemplate();
    void newVm();
    void editVm();
    void cloneVm();
    void showSnapshots();
    void resizeDisk();
    void startVms();
    void stopVms(bool force);
    void restartVms();
    void deleteVms();
    void newDisk();
    void attachDisk();
    void detachDisk();
    void deleteDisk();
    void importImage();
    void downloadImage();
    void deleteImage();
    void insertCd();
    void ejectCd(const QString &vmId);
    void openSshTerminal();
    void pauseOrResumeVms(bool pause);
    void copySshCommand();
    QString selectedImageId() const;
    QWidget *createImagesPage();
    // After an installer finished (the guest rebooted or powered off with its CD still first to
    // boot), offers to eject the CD so the next boot starts the installed system.
    void offerEject(const QString &vmId);
    void showSettings();
    void showAbout();

    Runtime &m_runtime;
    VmService &m_service;
    VmTableModel *m_vmModel;
    DiskTableModel *m_diskModel;
    TemplateTableModel *m_templateModel;
    TableFilter *m_vmFilter;
    TableFilter *m_diskFilter;
    TableFilter *m_templateFilter;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_vmTable = nullptr;
    QTableView *m_diskTable = nullptr;
    QTableView *m_templateTable = nullptr;
    ImageLibrary &m_images;
    ImageTableModel *m_imageModel = nullptr;
    TableFilter *m_imageFilter = nullptr;
    QTableView *m_imageTable = nullptr;
    QLabel *m_installNotice = nullptr;
    QString m_installNoticeVm;
    QComboBox *m_stateFilter = nullptr;
    VmDetailPane *m_detail = nullptr;
    LogDock *m_logDock = nullptr;
    QFrame *m_notificationBar = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyStateText = nullptr;
    QPushButton *m_newTemplateButton = nullptr;
    QLabel *m_notification = nullptr;
    QLabel *m_apiLabel = nullptr;
    QMenu *m_viewMenu = nullptr;
    QString m_apiUrl;
    QLabel *m_observerLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QPointer<ConsoleWindow>> m_consoles;
};

} // namespace vman
