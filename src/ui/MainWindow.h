// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window: machines, disks, templates and images of one or more hosts (this computer's
// VMAN and remote ones) in sortable, filterable tables, one set of actions shared by menus,
// toolbar and context menus, a detail pane, a status bar and the log. Everything goes through a
// HostConnection, so each works the same on every host.
#pragma once

#include "HostConnection.h"
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

namespace vman::client {
class HostConnection;
class HostList;
class KnownHosts;
class RemoteConnection;
struct HostIdentity;
}

namespace vman {

class ConsoleWindow;
class DiskTableModel;
class ImageTableModel;
class LogDock;
class Runtime;
class TableFilter;
class TemplateTableModel;
class VmDetailPane;
class VmTableModel;
struct ServiceError;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The window of this process's VMAN (its API at `apiUrl`); remote hosts are added to hosts().
    MainWindow(Runtime &runtime, const QString &apiUrl, QWidget *parent = nullptr);
    // A window of remote hosts only (vman --connect): add them to hosts().
    explicit MainWindow(QWidget *parent = nullptr);
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
    client::HostList &hosts() const { return *m_hosts; }
    // Selects VMs by id, on any host.
    void selectVms(const QStringList &vmIds);
    void selectVm(client::HostConnection *host, const QString &vmId);
    void selectDisk(const QString &diskId);
    // Where new templates, VMs, disks and images go: the host chosen in the host filter, else
    // the host of what is selected, else the first host.
    client::HostConnection *targetHost() const;
    // The About box's text: version, license, where the API is.
    QString aboutText() const;
    ConsoleWindow *openConsole(const QString &vmId);
    ConsoleWindow *openConsole(client::HostConnection *host, const QString &vmId);

    // ---- remote hosts ----
    // Connects the hosts remembered from earlier runs (tokens from the secret store).
    void restoreSavedHosts();
    // `vman --connect URL`: that host, remembered or paired now (the Add host dialog asks).
    void connectTo(const QUrl &url);
    // Pairs with a host (after the user confirms its certificate's fingerprint), remembers it and
    // connects; failures go to the error bar.
    void pairHost(const QUrl &url, const QString &code, const QString &clientName);
    // Forgets a remote host; its token is revoked on it first when it answers.
    void removeHost(client::HostConnection *host);
    // A certificate's SHA-256 fingerprint as people compare it: "AB:CD:...", in two lines.
    static QString readableFingerprint(const QString &hex);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Tab { kMachinesTab = 0, kDisksTab = 1, kTemplatesTab = 2, kImagesTab = 3 };
    // A thing selected in a table: its host and id (a template's name).
    struct Selected
    {
        client::HostConnection *host = nullptr;
        QString id;
        bool isValid() const { return host && !id.isEmpty(); }
    };
    void init(const QString &apiUrl);
    void watchHost(client::HostConnection *host);
    void createActions();
    void createMenusAndToolbar();
    QWidget *createMachinesPage();
    QWidget *createDisksPage();
    QWidget *createTemplatesPage();
    QWidget *createImagesPage();
    void createStatusBar(const QString &apiUrl);
    void updateActions();
    void updateStatus();
    void updateHostFilter();
    // Remote hosts are asked for their VMs' use only while this window can be seen.
    void updateUsageShown();
    void notify(const QString &what, const ServiceError &error);
    // Replies of operations: a failure goes to the error bar ("<what> failed: <why>").
    template <typename T>
    client::Reply<T> reportFailure(const QString &what);

    QList<Selected> selectedVms() const;
    Selected selectedDisk() const;
    Selected selectedTemplate() const;
    Selected selectedImage() const;
    void updateEmptyState();

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
    void ejectCd(client::HostConnection *host, const QString &vmId);
    void openSshTerminal();
    void pauseOrResumeVms(bool pause);
    void copySshCommand();
    // After an installer finished (the guest rebooted or powered off with its CD still first to
    // boot), offers to eject the CD so the next boot starts the installed system.
    void offerEject(client::HostConnection *host, const QString &vmId);
    void showSettings();
    void showAbout();
    void selectVmWhenShown(client::HostConnection *host, const QString &vmId);
    void addHost();
    void askRemoveHost();
    client::RemoteConnection *connectRemote(const client::HostIdentity &identity);
    // Says once, in the error bar, why a host refuses us (changed certificate, revoked token).
    void reportHostRefusal(client::HostConnection *host);

    Runtime *m_runtime = nullptr; // the VMAN of this process, when there is one
    client::HostList *m_hosts;
    VmTableModel *m_vmModel = nullptr;
    DiskTableModel *m_diskModel = nullptr;
    TemplateTableModel *m_templateModel = nullptr;
    TableFilter *m_vmFilter = nullptr;
    TableFilter *m_diskFilter = nullptr;
    TableFilter *m_templateFilter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_vmTable = nullptr;
    QTableView *m_diskTable = nullptr;
    QTableView *m_templateTable = nullptr;
    ImageTableModel *m_imageModel = nullptr;
    TableFilter *m_imageFilter = nullptr;
    QTableView *m_imageTable = nullptr;
    QLabel *m_installNotice = nullptr;
    Selected m_installNoticeVm;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_hostFilter = nullptr;
    QAction *m_hostFilterAction = nullptr;
    QAction *m_hostFilterSeparator = nullptr;
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
    QLabel *m_hostsLabel = nullptr;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QPointer<ConsoleWindow>> m_consoles; // by host address and VM id
    client::KnownHosts *m_knownHosts = nullptr;
    QHash<const client::HostConnection *, int> m_reportedStatus; // the refusal last reported per host
};

} // namespace vman
