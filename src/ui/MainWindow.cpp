// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ConsoleWindow.h"
#include "DiskTableModel.h"
#include "ImageDialogs.h"
#include "ImageTableModel.h"
#include "LogDock.h"
#include "Logging.h"
#include "Observer.h"
#include "ResourceDialogs.h"
#include "SnapshotsDialog.h"
#include "VmChangeDialogs.h"
#include "Runtime.h"
#include "SettingsDialog.h"
#include "StateIcons.h"
#include "TableFilter.h"
#include "TemplateTableModel.h"
#include "StateDelegate.h"
#include "VmDetailPane.h"
#include "HostList.h"
#include "KnownHosts.h"
#include "LocalConnection.h"
#include "VmService.h"
#include "VmTableModel.h"
#include "SshTerminal.h"
#include "cloudinit/SshAccess.h"
#include "images/ImageLibrary.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHideEvent>
#include <QShowEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QSet>
#include <QScrollBar>
#include <QTimer>
#include <QToolBar>
#include <QFrame>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QToolButton>
#include <QDir>
#include <QFileDialog>
#include <QVBoxLayout>

namespace vman {

namespace {

// Keeps a table's columns as wide as what they show (a state that changes from "running" to
// "stopping" is never cut to "sto…"). QHeaderView::ResizeToContents does that on every layout and,
// while the table is not on screen yet, measures every row: a thousand VMs made the window take
// 150 ms longer to open. Here only the rows in view are measured, once per burst of changes, and
// a column the user resized keeps their width.
class ColumnFitter final : public QObject
{
public:
    explicit ColumnFitter(QTableView *table) : QObject(table), m_table(table)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(100); // a burst of changes is measured once, 0.1 s after its first
        connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
        QAbstractItemModel *model = table->model();
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
        connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &ColumnFitter::schedule);
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int oldSize, int newSize) {
            // Hiding or showing a column (the Host column comes with a second host) resizes it
            // from or to nothing, and the stretching name follows the table's width: neither is
            // the user's choice.
            if (!m_fitting && oldSize > 0 && newSize > 0 && m_table->horizontalHeader()->sectionResizeMode(column) == QHeaderView::Interactive)
                m_userSized.insert(column);
            else if (oldSize == 0)
                schedule();
        });
        table->installEventFilter(this);
    }

    void schedule()
    {
        if (m_table->isVisible() && !m_timer.isActive())
            m_timer.start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Show)
            m_timer.start();
        // The window or the splitter changed the table's width: the name may need its room back
        // (after this resize is laid out, not within it).
        if (watched == m_table && event->type() == QEvent::Resize && !m_roomQueued) {
            m_roomQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                m_roomQueued = false;
                keepRoomForTheName();
            }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void fit()
    {
        if (!m_table->isVisible())
            return;
        QHeaderView *header = m_table->horizontalHeader();
        m_fitting = true;
        for (int column = 0; column < header->count(); ++column) {
            if (header->sectionResizeMode(column) != QHeaderView::Interactive || m_userSized.contains(column))
                continue;
            // Visible rows only (the precision is 0), and never narrower than the header's title.
            const int width = column == 0 && m_nameScrolls ? scrollingNameWidth() : contentWidth(column);
            if (width != header->sectionSize(column))
                header->resizeSection(column, width);
        }
        m_fitting = false;
        keepRoomForTheName();
    }

    int contentWidth(int column) const
    {
        return qMax(m_table->horizontalHeader()->sectionSizeHint(column), static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(column));
    }
    int readableNameWidth() const { return m_table->fontMetrics().averageCharWidth() * kNameChars; }
    // While the table scrolls anyway, the names in view are shown whole (up to three times the
    // readable width: a 60-character name does not push every other column away).
    int scrollingNameWidth() const { return qBound(readableNameWidth(), contentWidth(0), 3 * readableNameWidth()); }

    // The name (the stretching first column) stays readable: the table takes from its splitter
    // what the other columns need plus room for a name, and the detail pane beside it gives way
    // (a 1200-pixel window showed "w…" for every VM), down to the pane's own minimum. This is no
    // minimum width of the table: that made the whole window at least 1150 pixels wide with a
    // second host's column (no half-screen window); a window narrower than every column scrolls
    // the table instead, with the name at its readable width rather than stretched to nothing.
    void keepRoomForTheName()
    {
        QHeaderView *header = m_table->horizontalHeader();
        auto *splitter = qobject_cast<QSplitter *>(m_table->parentWidget());
        const bool stretching = header->sectionResizeMode(0) == QHeaderView::Stretch;
        if ((!stretching && !m_nameScrolls) || !m_table->isVisible())
            return;
        int others = 0;
        for (int column = 1; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                others += header->sectionSize(column);
        }
        const int name = readableNameWidth();
        const int frame = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
        // Beside a pane (the VM table's detail pane): the pane gives way first.
        const int index = splitter ? splitter->indexOf(m_table) : -1;
        QList<int> sizes = index >= 0 ? splitter->sizes() : QList<int>();
        int missing = others + name + frame - (index >= 0 ? sizes.at(index) : m_table->width());
        for (int i = 0; i < sizes.size() && missing > 0; ++i) {
            if (i == index)
                continue;
            const QWidget *pane = splitter->widget(i);
            const int floor = qMax(pane->minimumSizeHint().width(), pane->minimumWidth());
            const int given = qBound(0, sizes.at(i) - floor, missing);
            sizes[i] -= given;
            sizes[index] += given;
            missing -= given;
        }
        if (index >= 0 && sizes != splitter->sizes())
            splitter->setSizes(sizes);
        const bool scrolls = missing > 0;
        if (scrolls == m_nameScrolls)
            return;
        m_nameScrolls = scrolls;
        m_fitting = true; // not the user's width
        header->setSectionResizeMode(0, scrolls ? QHeaderView::Interactive : QHeaderView::Stretch);
        if (scrolls)
            header->resizeSection(0, scrollingNameWidth());
        m_fitting = false;
    }

    static constexpr int kNameChars = 14;
    QTableView *m_table;
    QTimer m_timer;
    QSet<int> m_userSized;
    bool m_fitting = false;
    bool m_roomQueued = false;
    bool m_nameScrolls = false; // too narrow for every column: the name is not stretched
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setWordWrap(false);
    table->setModel(model);
    // Columns follow what they show (ColumnFitter); the name takes the spare width, so an empty
    // table needs no scrollbar.
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    new ColumnFitter(table);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

QLineEdit *makeSearch(TableFilter *filter, QWidget *parent)
{
    auto *search = new QLineEdit(parent);
    search->setPlaceholderText(QObject::tr("Search…"));
    search->setClearButtonEnabled(true);
    QObject::connect(search, &QLineEdit::textChanged, filter, &TableFilter::setFilterFixedString);
    return search;
}

} // namespace

MainWindow::MainWindow(Runtime &runtime, const QString &apiUrl, QWidget *parent)
    : QMainWindow(parent), m_runtime(&runtime), m_hosts(new client::HostList(this))
{
    m_hosts->add(new client::LocalConnection(runtime, QUrl(apiUrl)));
    init(apiUrl);
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_hosts(new client::HostList(this))
{
    init(QString());
}

void MainWindow::init(const QString &apiUrl)
{
    m_knownHosts = new client::KnownHosts(QStringLiteral("vman"), this);
    setWindowTitle(tr("VMAN"));
    setObjectName(QStringLiteral("MainWindow"));
    m_vmModel = new VmTableModel(*m_hosts, this);
    m_diskModel = new DiskTableModel(*m_hosts, this);
    m_templateModel = new TemplateTableModel(*m_hosts, this);
    m_vmFilter = new TableFilter(VmTableModel::SortRole, VmTableModel::StateRole, VmTableModel::HostRole, this);
    m_vmFilter->setSourceModel(m_vmModel);
    m_diskFilter = new TableFilter(DiskTableModel::SortRole, -1, DiskTableModel::HostRole, this);
    m_diskFilter->setSourceModel(m_diskModel);
    m_templateFilter = new TableFilter(TemplateTableModel::SortRole, -1, TemplateTableModel::HostRole, this);
    m_templateFilter->setSourceModel(m_templateModel);
    m_imageModel = new ImageTableModel(*m_hosts, this);
    m_imageFilter = new TableFilter(ImageTableModel::SortRole, -1, ImageTableModel::HostRole, this);
    m_imageFilter->setSourceModel(m_imageModel);

    createActions();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    // The error bar: stays until closed (a failure read later is still a failure), selectable.
    m_notificationBar = new QFrame(central);
    m_notificationBar->setObjectName(QStringLiteral("notificationBar"));
    m_notificationBar->setStyleSheet(QStringLiteral("#notificationBar { background: #fdecea; border: 1px solid #f5c6cb; }"));
    auto *barLayout = new QHBoxLayout(m_notificationBar);
    barLayout->setContentsMargins(6, 4, 4, 4);
    m_notification = new QLabel(m_notificationBar);
    m_notification->setObjectName(QStringLiteral("notification"));
    m_notification->setWordWrap(true);
    m_notification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notification->setStyleSheet(QStringLiteral("color: #611a15;"));
    auto *closeBar = new QToolButton(m_notificationBar);
    closeBar->setObjectName(QStringLiteral("closeNotification"));
    closeBar->setText(QStringLiteral("×"));
    closeBar->setAutoRaise(true);
    closeBar->setToolTip(tr("Close this message"));
    connect(closeBar, &QToolButton::clicked, m_notificationBar, &QWidget::hide);
    barLayout->addWidget(m_notification, 1);
    barLayout->addWidget(closeBar, 0, Qt::AlignTop);
    m_notificationBar->hide();
    layout->addWidget(m_notificationBar);
    m_installNotice = new QLabel(central);
    m_installNotice->setObjectName(QStringLiteral("installNotice"));
    m_installNotice->setWordWrap(true);
    m_installNotice->setStyleSheet(QStringLiteral("background: #e8f4fd; color: #0c3c60; border: 1px solid #b8daff; padding: 6px;"));
    m_installNotice->hide();
    connect(m_installNotice, &QLabel::linkActivated, this, [this](const QString &link) {
        const Selected vm = m_installNoticeVm;
        m_installNotice->hide();
        m_installNoticeVm = {};
        if (link == QLatin1String("eject"))
            ejectCd(vm.host, vm.id);
    });
    layout->addWidget(m_installNotice);
    m_tabs = new QTabWidget(central);
    m_tabs->addTab(createMachinesPage(), ui::themedIcon(QStringLiteral("computer"), QStringLiteral("M"), QColor(0x2b, 0x57, 0x97)), tr("&Machines"));
    m_tabs->addTab(createDisksPage(), ui::themedIcon(QStringLiteral("drive-harddisk"), QStringLiteral("D"), QColor(0x6b, 0x4f, 0xbb)), tr("&Disks"));
    m_tabs->addTab(createTemplatesPage(), ui::themedIcon(QStringLiteral("document-properties"), QStringLiteral("T"), QColor(0x3c, 0x8d, 0x2f)), tr("&Templates"));
    m_tabs->addTab(createImagesPage(), ui::themedIcon(QStringLiteral("media-optical"), QStringLiteral("I"), QColor(0xb3, 0x6b, 0x00)), tr("&Images"));
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    createMenusAndToolbar();

    m_logDock = new LogDock(m_hosts, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    QAction *showLog = m_logDock->toggleViewAction();
    showLog->setText(tr("&Log"));
    showLog->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_actions.insert(QStringLiteral("showLog"), showLog);
    m_viewMenu->addAction(showLog);

    m_apiUrl = apiUrl;
    createStatusBar(apiUrl);
    for (client::HostConnection *host : m_hosts->hosts())
        watchHost(host);
    connect(m_hosts, &client::HostList::hostAdded, this, &MainWindow::watchHost);
    connect(m_hosts, &client::HostList::hostRemoving, this, [this](client::HostConnection *host) {
        if (m_detail->host() == host)
            m_detail->showVm(nullptr, QString());
        if (m_installNoticeVm.host == host) {
            m_installNotice->hide();
            m_installNoticeVm = {};
        }
        // Later: the host is still in the list now.
        QTimer::singleShot(0, this, [this] {
            updateHostFilter();
            updateActions();
            updateStatus();
        });
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    // A window that starts without a host (`vman --connect` before pairing) shows no host filter
    // and no Host column either.
    updateHostFilter();
    updateActions();
    updateStatus();
    // Room for a download's progress bar with its text (column widths otherwise follow contents).
    m_imageTable->horizontalHeader()->setSectionResizeMode(ImageTableModel::StateColumn, QHeaderView::Fixed);
    m_imageTable->setColumnWidth(ImageTableModel::StateColumn, 200);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

QString MainWindow::notification() const
{
    return m_notificationBar->isHidden() ? QString() : m_notification->text();
}

void MainWindow::createActions()
{
    struct Spec
    {
        const char *name;
        QString text;
        QString theme;
        QString letter;
        QColor color;
        QKeySequence shortcut;
        QString tip;
        std::function<void()> run;
    };
    const QColor blue(0x2b, 0x57, 0x97), green(0x2e, 0x9d, 0x3f), red(0xd0, 0x31, 0x2d), grey(0x60, 0x66, 0x70);
    const QList<Spec> specs = {
        {"newVm", tr("&New VM…"), QStringLiteral("list-add"), QStringLiteral("+"), blue, QKeySequence::New, tr("Create a virtual machine from a template"), [this] { newVm(); }},
        {"start", tr("&Start"), QStringLiteral("media-playback-start"), QStringLiteral("▶"), green, QKeySequence(QStringLiteral("Ctrl+R")), tr("Start the selected virtual machines"), [this] { startVms(); }},
        {"stop", tr("S&top"), QStringLiteral("media-playback-stop"), QStringLiteral("■"), grey, QKeySequence(QStringLiteral("Ctrl+T")), tr("Shut the selected virtual machines down (ACPI power button)"), [this] { stopVms(false); }},
        {"forceStop", tr("&Force stop"), QStringLiteral("process-stop"), QStringLiteral("✕"), red, QKeySequence(QStringLiteral("Ctrl+Shift+T")), tr("Stop the selected virtual machines at once"), [this] { stopVms(true); }},
        {"restart", tr("&Restart"), QStringLiteral("view-refresh"), QStringLiteral("↻"), blue, QKeySequence(QStringLiteral("Ctrl+Shift+R")), tr("Restart the selected virtual machines"), [this] { restartVms(); }},
        {"pause", tr("&Pause"), QStringLiteral("media-playback-pause"), QStringLiteral("‖"), grey, QKeySequence(QStringLiteral("Ctrl+P")), tr("Freeze the selected virtual machines (their memory stays; they answer nothing meanwhile)"), [this] { pauseOrResumeVms(true); }},
        {"resume", tr("Res&ume"), QStringLiteral("media-playback-start"), QStringLiteral("▶"), green, QKeySequence(QStringLiteral("Ctrl+Shift+P")), tr("Let the selected paused virtual machines run again"), [this] { pauseOrResumeVms(false); }},
        {"console", tr("&Console"), QStringLiteral("utilities-terminal"), QStringLiteral(">"), grey, QKeySequence(QStringLiteral("Ctrl+O")), tr("Open the screen and serial console of the selected virtual machine"), [this] {
             if (const Selected vm = selectedVms().value(0); vm.isValid())
                 openConsole(vm.host, vm.id);
         }},
        {"sshTerminal", tr("Open SS&H terminal"), QStringLiteral("utilities-terminal"), QStringLiteral("$"), grey, QKeySequence(QStringLiteral("Ctrl+Shift+S")), tr("Log in to the selected virtual machine with ssh, in your terminal"), [this] { openSshTerminal(); }},
        {"copySsh", tr("Copy SSH co&mmand"), QStringLiteral("edit-copy"), QStringLiteral("⇥"), grey, QKeySequence(), tr("Copy the ssh command that logs in to the selected virtual machine"), [this] { copySshCommand(); }},
        {"editVm", tr("&Edit…"), QStringLiteral("document-properties"), QStringLiteral("✎"), blue, QKeySequence(QStringLiteral("Ctrl+E")), tr("Change the selected virtual machine's name, size, boot order and port forwards"), [this] { editVm(); }},
        {"cloneVm", tr("C&lone…"), QStringLiteral("edit-copy"), QStringLiteral("⊕"), blue, QKeySequence(), tr("Make a copy of the selected stopped virtual machine"), [this] { cloneVm(); }},
        {"snapshots", tr("S&napshots…"), QStringLiteral("document-save"), QStringLiteral("◷"), blue, QKeySequence(QStringLiteral("Ctrl+Shift+B")), tr("Take, revert to and delete snapshots of the selected virtual machine"), [this] { showSnapshots(); }},
        {"deleteVm", tr("&Delete VM…"), QStringLiteral("edit-delete"), QStringLiteral("−"), red, QKeySequence::Delete, tr("Delete the selected virtual machines"), [this] { deleteVms(); }},
        {"newDisk", tr("New &disk…"), QStringLiteral("document-new"), QStringLiteral("+"), blue, QKeySequence(QStringLiteral("Ctrl+Shift+N")), tr("Create a disk"), [this] { newDisk(); }},
        {"attach", tr("&Attach…"), QStringLiteral("insert-link"), QStringLiteral("⇢"), blue, QKeySequence(), tr("Attach the selected disk to a virtual machine"), [this] { attachDisk(); }},
        {"detach", tr("De&tach"), QStringLiteral("edit-cut"), QStringLiteral("⇠"), grey, QKeySequence(), tr("Detach the selected disk from its virtual machine"), [this] { detachDisk(); }},
        {"resizeDisk", tr("&Grow…"), QStringLiteral("zoom-in"), QStringLiteral("⇲"), blue, QKeySequence(), tr("Make the selected disk larger"), [this] { resizeDisk(); }},
        {"deleteDisk", tr("Delete disk…"), QStringLiteral("edit-delete"), QStringLiteral("−"), red, QKeySequence(), tr("Delete the selected disk and its image file"), [this] { deleteDisk(); }},
        {"newTemplate", tr("New &template…"), QStringLiteral("document-new"), QStringLiteral("+"), green, QKeySequence(), tr("Create a size template"), [this] { newTemplate(); }},
        {"deleteTemplate", tr("Delete template…"), QStringLiteral("edit-delete"), QStringLiteral("−"), red, QKeySequence(), tr("Delete the selected template"), [this] { deleteTemplate(); }},
        {"insertCd", tr("&Insert CD…"), QStringLiteral("media-optical"), QStringLiteral("◎"), blue, QKeySequence(), tr("Put an ISO image into the selected virtual machine's CD-ROM drive"), [this] { insertCd(); }},
        {"ejectCd", tr("&Eject CD"), QStringLiteral("media-eject"), QStringLiteral("⏏"), grey, QKeySequence(), tr("Empty the selected virtual machine's CD-ROM drive"), [this] {
             if (const Selected vm = selectedVms().value(0); vm.isValid())
                 ejectCd(vm.host, vm.id);
         }},
        {"importImage", tr("&Import image…"), QStringLiteral("document-open"), QStringLiteral("⇣"), blue, QKeySequence(QStringLiteral("Ctrl+I")), tr("Add a disk image or ISO from this computer to the image library"), [this] { importImage(); }},
        {"downloadImage", tr("Do&wnload image…"), QStringLiteral("folder-download"), QStringLiteral("↓"), blue, QKeySequence(), tr("Download a well-known image, or one from a URL, into the image library"), [this] { downloadImage(); }},
        {"deleteImage", tr("Delete image…"), QStringLiteral("edit-delete"), QStringLiteral("−"), red, QKeySequence(), tr("Delete the selected image, or cancel its download"), [this] { deleteImage(); }},
        {"addHost", tr("Add &host…"), QStringLiteral("network-server"), QStringLiteral("⊞"), blue, QKeySequence(QStringLiteral("Ctrl+Shift+H")), tr("Manage the virtual machines of another computer's VMAN in this window"), [this] { addHost(); }},
        {"removeHost", tr("Re&move host…"), QStringLiteral("network-offline"), QStringLiteral("⊟"), grey, QKeySequence(), tr("Stop showing a remote host and end this computer's access to it"), [this] { askRemoveHost(); }},
        {"settings", tr("&Settings…"), QStringLiteral("preferences-system"), QStringLiteral("⚙"), grey, QKeySequence(QStringLiteral("Ctrl+,")), tr("Change VMAN's settings"), [this] { showSettings(); }},
        {"about", tr("&About VMAN"), QStringLiteral("help-about"), QStringLiteral("i"), grey, QKeySequence(), tr("Version, license and where the API is"), [this] { showAbout(); }},
        {"quit", tr("&Quit"), QStringLiteral("application-exit"), QStringLiteral("⇤"), grey, QKeySequence::Quit, tr("Close VMAN (virtual machines keep running)"), [this] { close(); }},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(ui::themedIcon(spec.theme, spec.letter, spec.color), spec.text, this);
        action->setObjectName(QLatin1String(spec.name));
        action->setProperty("fallbackGlyph", spec.letter); // drawn when the icon theme lacks the icon
        action->setShortcut(spec.shortcut);
        action->setToolTip(spec.tip + (spec.shortcut.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(spec.shortcut.toString(QKeySequence::NativeText))));
        action->setProperty("baseToolTip", action->toolTip()); // updateActions adds why it is disabled
        action->setStatusTip(spec.tip);
        connect(action, &QAction::triggered, this, spec.run);
        m_actions.insert(QLatin1String(spec.name), action);
    }
}

void MainWindow::createMenusAndToolbar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("addHost")));
    file->addAction(action(QStringLiteral("removeHost")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("settings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *machine = menuBar()->addMenu(tr("&Machine"));
    for (const char *name : {"newVm", "start", "stop", "forceStop", "restart", "pause", "resume", "console", "sshTerminal", "copySsh", "insertCd", "ejectCd"})
        machine->addAction(action(QLatin1String(name)));
    machine->addSeparator();
    for (const char *name : {"editVm", "cloneVm", "snapshots", "deleteVm"})
        machine->addAction(action(QLatin1String(name)));
    QMenu *disk = menuBar()->addMenu(tr("&Disk"));
    for (const char *name : {"newDisk", "attach", "detach", "resizeDisk", "deleteDisk"})
        disk->addAction(action(QLatin1String(name)));
    QMenu *templates = menuBar()->addMenu(tr("&Template"));
    for (const char *name : {"newTemplate", "deleteTemplate"})
        templates->addAction(action(QLatin1String(name)));
    QMenu *images = menuBar()->addMenu(tr("Ima&ge"));
    for (const char *name : {"importImage", "downloadImage", "deleteImage"})
        images->addAction(action(QLatin1String(name)));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"newVm", "start", "stop", "restart", "console"})
        toolbar->addAction(action(QLatin1String(name)));
    toolbar->addSeparator();
    for (const char *name : {"newDisk", "attach", "detach"})
        toolbar->addAction(action(QLatin1String(name)));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("newTemplate")));
    // One host, or all: filters every table and says where new things go (shown with two hosts or more).
    m_hostFilter = new QComboBox(toolbar);
    m_hostFilter->setObjectName(QStringLiteral("hostFilter"));
    m_hostFilter->setToolTip(tr("Show the things of one host only; new machines, disks, templates and images go to it"));
    m_hostFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_hostFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QObject *host = m_hostFilter->currentData().value<QObject *>();
        for (TableFilter *filter : {m_vmFilter, m_diskFilter, m_templateFilter, m_imageFilter})
            filter->setHost(host);
        updateActions();
    });
    m_hostFilterSeparator = toolbar->addSeparator();
    m_hostFilterAction = toolbar->addWidget(m_hostFilter);

    for (const char *name : {"start", "stop", "forceStop", "restart", "pause", "resume", "console", "sshTerminal", "copySsh", "insertCd", "ejectCd", "editVm",
                             "cloneVm", "snapshots", "deleteVm"})
        m_vmTable->addAction(action(QLatin1String(name)));
    for (const char *name : {"importImage", "downloadImage", "deleteImage"})
        m_imageTable->addAction(action(QLatin1String(name)));
    for (const char *name : {"attach", "detach", "resizeDisk", "deleteDisk"})
        m_diskTable->addAction(action(QLatin1String(name)));
    m_templateTable->addAction(action(QStringLiteral("deleteTemplate")));
}

QWidget *MainWindow::createMachinesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    QLineEdit *search = makeSearch(m_vmFilter, page);
    search->setObjectName(QStringLiteral("vmSearch"));
    m_stateFilter = new QComboBox(page);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (VmState state : {VmState::Running, VmState::Stopped, VmState::Paused, VmState::Starting, VmState::Stopping, VmState::Error})
        m_stateFilter->addItem(ui::stateIcon(state), ui::stateText(state), int(state));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] { m_vmFilter->setState(m_stateFilter->currentData().toInt()); });
    filters->addWidget(search, 1);
    filters->addWidget(m_stateFilter);
    layout->addLayout(filters);
    auto *splitter = new QSplitter(page);
    m_vmTable = makeTable(m_vmFilter, splitter);
    m_vmTable->setObjectName(QStringLiteral("vmTable"));
    // What an empty table says, over its empty area.
    m_emptyState = new QWidget(m_vmTable->viewport());
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    m_emptyStateText = new QLabel(m_emptyState);
    m_emptyStateText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyStateText->setWordWrap(true);
    m_emptyStateText->setTextFormat(Qt::RichText);
    m_emptyStateText->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_newTemplateButton = new QPushButton(tr("New template…"), m_emptyState);
    m_newTemplateButton->setObjectName(QStringLiteral("emptyStateNewTemplate"));
    connect(m_newTemplateButton, &QPushButton::clicked, this, [this] { action(QStringLiteral("newTemplate"))->trigger(); });
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyStateText);
    emptyLayout->addWidget(m_newTemplateButton, 0, Qt::AlignLeft);
    emptyLayout->addStretch(2);
    m_vmTable->viewport()->installEventFilter(this);
    m_vmTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The state column is as wide as its longest word from the start, whatever rows are in view.
    int stateWidth = m_vmTable->horizontalHeader()->sectionSizeHint(VmTableModel::StateColumn);
    for (VmState state : {VmState::Running, VmState::Stopped, VmState::Paused, VmState::Starting, VmState::Stopping, VmState::Error})
        stateWidth = qMax(stateWidth, m_vmTable->fontMetrics().horizontalAdvance(ui::stateText(state) + QStringLiteral("…")) + m_vmTable->iconSize().width() + 36);
    // Running VMs show their CPU use beside the state.
    m_vmTable->setItemDelegateForColumn(VmTableModel::StateColumn, new StateDelegate(m_vmTable));
    stateWidth += StateDelegate::cpuWidth(m_vmTable->fontMetrics());
    m_vmTable->horizontalHeader()->setSectionResizeMode(VmTableModel::StateColumn, QHeaderView::Fixed);
    m_vmTable->setColumnWidth(VmTableModel::StateColumn, stateWidth);
    m_detail = new VmDetailPane(splitter);
    connect(m_detail, &VmDetailPane::openConsoleRequested, this, [this](client::HostConnection *host, const QString &id) { openConsole(host, id); });
    splitter->addWidget(m_vmTable);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    // Scaled to the window: the table gets two thirds (its eight columns fit a 1200-pixel
    // window then; the screen preview scales down).
    splitter->setSizes({2000, 1000});
    layout->addWidget(splitter);
    connect(m_vmTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<Selected> vms = selectedVms();
        m_detail->showVm(vms.size() == 1 ? vms.first().host : nullptr, vms.size() == 1 ? vms.first().id : QString());
        updateActions();
    });
    connect(m_vmTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openConsole(qobject_cast<client::HostConnection *>(index.data(VmTableModel::HostRole).value<QObject *>()), index.data(VmTableModel::IdRole).toString());
    });
    return page;
}

QWidget *MainWindow::createDisksPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeSearch(m_diskFilter, page));
    m_diskTable = makeTable(m_diskFilter, page);
    m_diskTable->setObjectName(QStringLiteral("diskTable"));
    m_diskTable->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_diskTable);
    connect(m_diskTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    return page;
}

QWidget *MainWindow::createTemplatesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeSearch(m_templateFilter, page));
    m_templateTable = makeTable(m_templateFilter, page);
    m_templateTable->setObjectName(QStringLiteral("templateTable"));
    m_templateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_templateTable);
    connect(m_templateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    return page;
}

QWidget *MainWindow::createImagesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    top->addWidget(makeSearch(m_imageFilter, page), 1);
    for (const char *name : {"importImage", "downloadImage"}) {
        auto *button = new QToolButton(page);
        button->setDefaultAction(action(QLatin1String(name)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        top->addWidget(button);
    }
    layout->addLayout(top);
    m_imageTable = makeTable(m_imageFilter, page);
    m_imageTable->setObjectName(QStringLiteral("imageTable"));
    m_imageTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_imageTable->setItemDelegateForColumn(ImageTableModel::StateColumn, new ProgressDelegate(m_imageTable));
    layout->addWidget(m_imageTable);
    connect(m_imageTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    return page;
}

QString MainWindow::aboutText() const
{
    return tr("<h3>VMAN %1</h3>"
              "<p>Manages QEMU virtual machines on this computer, in this window and through its REST API at "
              "<a href=\"%2\">%2</a> (documentation: <a href=\"%2/docs\">%2/docs</a>).</p>"
              "<p>Copyright \u00a9 2026 the VMAN developers.<br>"
              "License: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). "
              "VMAN is free software and comes with ABSOLUTELY NO WARRANTY; see the file LICENSE or "
              "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses</a>.</p>"
              "<p>Built with Qt %3; running QEMU from your system.</p>")
        .arg(QStringLiteral(VMAN_VERSION), m_apiUrl.toHtmlEscaped(), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VMAN"), aboutText());
}

void MainWindow::createStatusBar(const QString &apiUrl)
{
    m_apiLabel = new QLabel(apiUrl.isEmpty() ? QString() : QStringLiteral("<a href=\"copy\">%1</a>").arg(apiUrl.toHtmlEscaped()), this);
    m_apiLabel->setObjectName(QStringLiteral("apiAddress"));
    m_apiLabel->setToolTip(tr("The REST API of this VMAN; click to copy the address"));
    m_apiLabel->setVisible(!apiUrl.isEmpty());
    connect(m_apiLabel, &QLabel::linkActivated, this, [this, apiUrl] {
        QApplication::clipboard()->setText(apiUrl);
        statusBar()->showMessage(tr("Copied %1").arg(apiUrl), 3000);
    });
    m_observerLabel = new QLabel(this);
    m_observerLabel->setObjectName(QStringLiteral("observerState"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("counts"));
    m_hostsLabel = new QLabel(this);
    m_hostsLabel->setObjectName(QStringLiteral("hostStates"));
    statusBar()->addPermanentWidget(m_hostsLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_observerLabel);
    statusBar()->addPermanentWidget(m_apiLabel);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateStatus);
    tick->start(5000);
}

void MainWindow::watchHost(client::HostConnection *host)
{
    using client::HostConnection;
    connect(host, &HostConnection::changed, this, [this] {
        updateActions();
        updateStatus();
    });
    for (auto signal : {&HostConnection::observerChanged, &HostConnection::statusChanged, &HostConnection::reloaded})
        connect(host, signal, this, &MainWindow::updateStatus);
    connect(host, &HostConnection::statusChanged, this, &MainWindow::updateHostFilter);
    connect(host, &HostConnection::statusChanged, this, [this, host] { reportHostRefusal(host); });
    connect(host, &HostConnection::reloaded, this, &MainWindow::updateActions);
    connect(host, &HostConnection::vmGuestReset, this, [this, host](const QString &vmId) { offerEject(host, vmId); });
    connect(host, &HostConnection::vmStateChanged, this, [this, host](const QString &vmId, VmState from, VmState to) {
        if (from == VmState::Running && to == VmState::Stopped)
            offerEject(host, vmId);
    });
    updateUsageShown();
    updateHostFilter();
    updateStatus();
    updateActions();
}

void MainWindow::updateUsageShown()
{
    const bool shown = isVisible() && !isMinimized();
    for (client::HostConnection *host : m_hosts->hosts())
        host->setUsageShown(shown);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateUsageShown();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateUsageShown();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateUsageShown();
}

// The host filter lists every host; the Host columns show only when there is more than one.
void MainWindow::updateHostFilter()
{
    const QObject *chosen = m_hostFilter->currentData().value<QObject *>();
    const QSignalBlocker block(m_hostFilter);
    m_hostFilter->clear();
    m_hostFilter->addItem(tr("All hosts"), QVariant::fromValue<QObject *>(nullptr));
    for (client::HostConnection *host : m_hosts->hosts()) {
        m_hostFilter->addItem(ui::hostLabel(host), QVariant::fromValue<QObject *>(host));
        if (host == chosen)
            m_hostFilter->setCurrentIndex(m_hostFilter->count() - 1);
    }
    if (chosen && m_hostFilter->currentIndex() == 0) { // the host chosen went away
        for (TableFilter *filter : {m_vmFilter, m_diskFilter, m_templateFilter, m_imageFilter})
            filter->setHost(nullptr);
    }
    const bool several = m_hosts->size() > 1;
    m_hostFilterAction->setVisible(several);
    m_hostFilterSeparator->setVisible(several);
    m_vmTable->setColumnHidden(VmTableModel::HostColumn, !several);
    m_diskTable->setColumnHidden(DiskTableModel::HostColumn, !several);
    m_templateTable->setColumnHidden(TemplateTableModel::HostColumn, !several);
    m_imageTable->setColumnHidden(ImageTableModel::HostColumn, !several);
}

namespace {
QString hostStateText(const client::HostConnection *host)
{
    using Status = client::HostConnection::Status;
    switch (host->status()) {
    case Status::Online: return QObject::tr("online");
    case Status::Connecting: return QObject::tr("connecting…");
    case Status::Offline: return QObject::tr("offline, retrying");
    case Status::CertificateChanged: return QObject::tr("refused: its certificate changed");
    case Status::Unauthorized: return QObject::tr("refused: access revoked");
    }
    return {};
}
} // namespace

void MainWindow::updateStatus()
{
    int running = 0;
    int all = 0;
    QStringList hostStates;
    QStringList hostTips;
    bool anyDown = false;
    for (const client::HostConnection *host : m_hosts->hosts()) {
        running += host->vmCount(VmState::Running);
        all += host->vmCount();
        if (!host->isLocal()) {
            const bool online = host->status() == client::HostConnection::Status::Online;
            anyDown = anyDown || !online;
            hostStates << (online ? QStringLiteral("● %1") : QStringLiteral("○ %1")).arg(ui::hostLabel(host));
            QString tip = tr("%1 (%2): %3").arg(ui::hostLabel(host), host->apiUrl().toString(), hostStateText(host));
            if (!host->statusDetail().isEmpty())
                tip += QStringLiteral(" — ") + host->statusDetail();
            hostTips << tip;
        }
    }
    m_countsLabel->setText(tr("%1 running / %2 VMs").arg(running).arg(all));
    m_hostsLabel->setText(hostStates.join(QStringLiteral("  ")));
    m_hostsLabel->setToolTip(hostTips.join(QLatin1Char('\n')));
    m_hostsLabel->setStyleSheet(anyDown ? QStringLiteral("color: #c0392b;") : QString());
    m_hostsLabel->setVisible(!hostStates.isEmpty());
    const client::HostConnection *local = m_hosts->local();
    m_observerLabel->setVisible(local);
    if (!local)
        return;
    const client::HostConnection::ObserverSummary observer = local->observer();
    QString text = observer.healthy ? tr("Observer: ok") : tr("Observer: not running");
    if (observer.lastRunAt.isValid())
        text += tr(" (last pass %1 s ago)").arg(observer.lastRunAt.secsTo(nowUtc()));
    m_observerLabel->setText(text);
    m_observerLabel->setStyleSheet(observer.healthy ? QString() : QStringLiteral("color: #c0392b;"));
}

namespace {
// The host and id of every selected row (`idRole` holds the id, `hostRole` the host).
template <typename Item>
QList<Item> selectedRows(const QTableView *table, int idRole, int hostRole)
{
    QList<Item> items;
    for (const QModelIndex &index : table->selectionModel()->selectedRows()) {
        auto *host = qobject_cast<client::HostConnection *>(index.data(hostRole).value<QObject *>());
        if (host)
            items.append({host, index.data(idRole).toString()});
    }
    return items;
}
} // namespace

// Actions act on the selection of the tab in view only: Stop on the Disks tab must not stop a VM
// selected on the hidden Machines tab.
QList<MainWindow::Selected> MainWindow::selectedVms() const
{
    if (m_tabs->currentIndex() != kMachinesTab)
        return {};
    return selectedRows<Selected>(m_vmTable, VmTableModel::IdRole, VmTableModel::HostRole);
}

MainWindow::Selected MainWindow::selectedDisk() const
{
    if (m_tabs->currentIndex() != kDisksTab)
        return {};
    return selectedRows<Selected>(m_diskTable, DiskTableModel::IdRole, DiskTableModel::HostRole).value(0);
}

MainWindow::Selected MainWindow::selectedImage() const
{
    if (m_tabs->currentIndex() != kImagesTab)
        return {};
    return selectedRows<Selected>(m_imageTable, ImageTableModel::IdRole, ImageTableModel::HostRole).value(0);
}

MainWindow::Selected MainWindow::selectedTemplate() const
{
    if (m_tabs->currentIndex() != kTemplatesTab)
        return {};
    return selectedRows<Selected>(m_templateTable, TemplateTableModel::NameRole, TemplateTableModel::HostRole).value(0);
}

client::HostConnection *MainWindow::targetHost() const
{
    if (auto *chosen = qobject_cast<client::HostConnection *>(m_hostFilter->currentData().value<QObject *>()))
        return chosen;
    for (const Selected &selected : {selectedVms().value(0), selectedDisk(), selectedTemplate(), selectedImage()}) {
        if (selected.host)
            return selected.host;
    }
    return m_hosts->at(0);
}

QString MainWindow::installNotice() const
{
    return m_installNotice->isHidden() ? QString() : m_installNotice->text();
}

void MainWindow::selectVms(const QStringList &vmIds)
{
    m_tabs->setCurrentIndex(0);
    m_vmTable->clearSelection();
    for (const QString &id : vmIds) {
        const int row = m_vmModel->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_vmFilter->mapFromSource(m_vmModel->index(row, 0));
        m_vmTable->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void MainWindow::selectVm(client::HostConnection *host, const QString &vmId)
{
    m_tabs->setCurrentIndex(0);
    m_vmTable->clearSelection();
    const int row = m_vmModel->rowOf(host, vmId);
    if (row >= 0)
        m_vmTable->selectionModel()->select(m_vmFilter->mapFromSource(m_vmModel->index(row, 0)), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void MainWindow::selectVmWhenShown(client::HostConnection *host, const QString &vmId)
{
    if (m_vmModel->rowOf(host, vmId) >= 0)
        return selectVm(host, vmId);
    auto *once = new QObject(this);
    connect(m_vmModel, &QAbstractItemModel::rowsInserted, once, [this, once, host = QPointer<client::HostConnection>(host), vmId] {
        if (host && m_vmModel->rowOf(host, vmId) >= 0) {
            selectVm(host, vmId);
            once->deleteLater();
        }
    });
    QTimer::singleShot(10'000, once, &QObject::deleteLater); // it never came: nothing to select
}

void MainWindow::selectDisk(const QString &diskId)
{
    m_tabs->setCurrentIndex(1);
    const int row = m_diskModel->rowOf(diskId);
    if (row >= 0)
        m_diskTable->selectRow(m_diskFilter->mapFromSource(m_diskModel->index(row, 0)).row());
}

// Every action is enabled only when it applies to everything selected.
void MainWindow::updateActions()
{
    struct SelectedVm
    {
        client::HostConnection *host;
        Vm vm;
    };
    QList<SelectedVm> vms;
    for (const Selected &selected : selectedVms()) {
        if (const auto vm = selected.host->findVm(selected.id))
            vms.append({selected.host, *vm});
    }
    const auto all = [&vms](auto predicate) { return !vms.isEmpty() && std::all_of(vms.begin(), vms.end(), predicate); };
    const auto busy = [](const SelectedVm &s) { return s.host->isVmBusy(s.vm.id); };
    const auto isRunning = [&busy](const SelectedVm &s) { return !busy(s) && (s.vm.state == VmState::Running || s.vm.state == VmState::Paused); };
    action(QStringLiteral("start"))->setEnabled(all([&busy](const SelectedVm &s) { return !busy(s) && (s.vm.state == VmState::Stopped || s.vm.state == VmState::Error); }));
    action(QStringLiteral("stop"))->setEnabled(all(isRunning));
    action(QStringLiteral("forceStop"))->setEnabled(all([](const SelectedVm &s) {
        return s.vm.state == VmState::Running || s.vm.state == VmState::Paused || s.vm.state == VmState::Stopping || s.vm.state == VmState::Error;
    }));
    action(QStringLiteral("restart"))->setEnabled(all(isRunning));
    action(QStringLiteral("console"))->setEnabled(vms.size() == 1);
    action(QStringLiteral("pause"))->setEnabled(all([&busy](const SelectedVm &s) { return !busy(s) && s.vm.state == VmState::Running; }));
    action(QStringLiteral("resume"))->setEnabled(all([&busy](const SelectedVm &s) { return !busy(s) && s.vm.state == VmState::Paused; }));
    action(QStringLiteral("deleteVm"))->setEnabled(all([&busy](const SelectedVm &s) { return !busy(s); }));
    client::HostConnection *target = targetHost();
    const bool targetOnline = target && target->status() == client::HostConnection::Status::Online;
    action(QStringLiteral("newVm"))->setEnabled(targetOnline && !target->templates().isEmpty());
    action(QStringLiteral("newTemplate"))->setEnabled(targetOnline);
    action(QStringLiteral("newDisk"))->setEnabled(targetOnline);
    action(QStringLiteral("importImage"))->setEnabled(targetOnline && target->canImportFiles());
    action(QStringLiteral("downloadImage"))->setEnabled(targetOnline);

    const Selected diskSelection = selectedDisk();
    const auto disk = diskSelection.host ? diskSelection.host->findDisk(diskSelection.id) : std::nullopt;
    action(QStringLiteral("attach"))->setEnabled(disk && !disk->isAttached() && diskSelection.host->vmCount() > 0);
    action(QStringLiteral("detach"))->setEnabled(disk && disk->isAttached());
    action(QStringLiteral("deleteDisk"))->setEnabled(disk && !disk->isAttached());
    const auto diskVm = disk && disk->isAttached() ? diskSelection.host->findVm(disk->vmId) : std::nullopt;
    const bool diskVmSettled = !diskVm
        || (!diskSelection.host->isVmBusy(diskVm->id) && diskVm->state != VmState::Starting && diskVm->state != VmState::Stopping);
    action(QStringLiteral("resizeDisk"))->setEnabled(disk && diskVmSettled);

    const Selected templateSelection = selectedTemplate();
    const auto t = templateSelection.host ? templateSelection.host->findTemplate(templateSelection.id) : std::nullopt;
    bool used = false;
    if (t) {
        for (const Vm &vm : templateSelection.host->vms())
            used = used || vm.templateName == t->name;
    }
    action(QStringLiteral("deleteTemplate"))->setEnabled(t && !used);

    const bool oneVm = vms.size() == 1 && !busy(vms.first()) && vms.first().vm.state != VmState::Starting && vms.first().vm.state != VmState::Stopping;
    const bool sshable = oneVm && cloudinit::sshAccess(vms.first().vm, QString()).has_value();
    action(QStringLiteral("copySsh"))->setEnabled(sshable);
    action(QStringLiteral("sshTerminal"))->setEnabled(sshable && vms.first().vm.state == VmState::Running);
    action(QStringLiteral("insertCd"))->setEnabled(oneVm);
    action(QStringLiteral("editVm"))->setEnabled(oneVm);
    action(QStringLiteral("cloneVm"))->setEnabled(oneVm && vms.first().vm.state == VmState::Stopped);
    action(QStringLiteral("snapshots"))->setEnabled(vms.size() == 1);
    action(QStringLiteral("ejectCd"))->setEnabled(oneVm && !vms.first().vm.cdromImageId.isEmpty());
    const Selected imageSelection = selectedImage();
    const auto image = imageSelection.host ? imageSelection.host->findImage(imageSelection.id) : std::nullopt;
    QAction *deleteImage = action(QStringLiteral("deleteImage"));
    deleteImage->setEnabled(image && !image->isExternal());
    deleteImage->setText(image && image->state == ImageState::Downloading ? tr("Cancel download") : tr("Delete image…"));

    // A disabled action says why, in its tooltip (a greyed button alone leaves users guessing).
    const auto explain = [this](const char *name, const QString &why) {
        QAction *a = action(QLatin1String(name));
        const QString base = a->property("baseToolTip").toString();
        a->setToolTip(a->isEnabled() || why.isEmpty() ? base : tr("%1\n%2").arg(base, why));
    };
    const QString pickVm = m_tabs->currentIndex() == kMachinesTab ? tr("Select a virtual machine first.") : tr("Select a virtual machine on the Machines tab.");
    const auto vmWhy = [&](const QString &otherwise) { return vms.isEmpty() ? pickVm : otherwise; };
    const QString busyNow = tr("Wait until the operation in progress has finished.");
    explain("start", vmWhy(tr("Only stopped virtual machines can be started.")));
    explain("stop", vmWhy(tr("Only running virtual machines can be shut down.")));
    explain("forceStop", vmWhy(tr("The virtual machine is not running.")));
    explain("restart", vmWhy(tr("Only running virtual machines can be restarted.")));
    explain("console", vmWhy(tr("Select exactly one virtual machine.")));
    explain("pause", vmWhy(tr("Only running virtual machines can be paused.")));
    explain("resume", vmWhy(tr("Only paused virtual machines can be resumed.")));
    explain("deleteVm", vmWhy(busyNow));
    explain("insertCd", vmWhy(vms.size() > 1 ? tr("Select exactly one virtual machine.") : busyNow));
    explain("ejectCd", vmWhy(tr("The CD-ROM drive is empty.")));
    const QString justOne = tr("Select exactly one virtual machine.");
    explain("editVm", vmWhy(vms.size() > 1 ? justOne : busyNow));
    explain("cloneVm", vmWhy(vms.size() > 1 ? justOne : oneVm ? tr("Stop the virtual machine first: a running machine's disks change while they are copied.") : busyNow));
    explain("snapshots", vmWhy(justOne));
    explain("resizeDisk", !disk ? tr("Select a disk on the Disks tab.") : busyNow);
    const QString noSsh = tr("The virtual machine forwards no host port to its SSH port (22): give it an SSH key under cloud-init, or add a port forward.");
    explain("copySsh", vmWhy(vms.size() > 1 ? tr("Select exactly one virtual machine.") : noSsh));
    explain("sshTerminal", vmWhy(vms.size() > 1 ? tr("Select exactly one virtual machine.")
                                 : action(QStringLiteral("copySsh"))->isEnabled() ? tr("Start the virtual machine first.") : noSsh));
    const QString hostDown = target ? tr("%1 is not connected.").arg(ui::hostLabel(target)) : tr("Add a host first (File ▸ Add host…).");
    explain("newVm", !targetOnline ? hostDown : tr("Create a template first (Template ▸ New template…): a virtual machine takes its size from a template."));
    explain("newTemplate", hostDown);
    explain("newDisk", hostDown);
    explain("downloadImage", hostDown);
    explain("importImage", !targetOnline ? hostDown : tr("Files of this computer can only be imported into its own VMAN; download the image on %1 instead.").arg(ui::hostLabel(target)));
    const QString pickDisk = tr("Select a disk on the Disks tab.");
    explain("attach", !disk ? pickDisk : disk->isAttached() ? tr("The disk is attached already.") : tr("Create a virtual machine first."));
    explain("detach", !disk ? pickDisk : tr("The disk is not attached."));
    explain("deleteDisk", !disk ? pickDisk : tr("Detach the disk first."));
    explain("deleteTemplate", !t ? tr("Select a template on the Templates tab.") : tr("Virtual machines use this template."));
    bool anyRemote = false;
    for (const client::HostConnection *host : m_hosts->hosts())
        anyRemote = anyRemote || !host->isLocal();
    action(QStringLiteral("removeHost"))->setEnabled(anyRemote);
    explain("removeHost", tr("Only hosts added with Add host… can be removed."));
    explain("deleteImage", !image ? tr("Select an image on the Images tab.") : tr("This image is the VMAN_DEFAULT_BOOT_DISK setting: change the setting to remove it."));
    updateEmptyState();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_vmTable->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_vmTable->viewport()->rect().adjusted(16, 8, -16, -8));
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateEmptyState()
{
    // A first start shows empty tables: say what to do instead of nothing.
    client::HostConnection *target = targetHost();
    if (m_vmFilter->rowCount() > 0 || !target) {
        m_emptyState->hide();
        return;
    }
    QString text = tr("<p><b>No virtual machines yet.</b></p>");
    if (target->status() != client::HostConnection::Status::Online) {
        text = tr("<p><b>%1 is not connected</b> (%2).</p>").arg(ui::hostLabel(target).toHtmlEscaped(), hostStateText(target));
    } else if (target->templates().isEmpty()) {
        text += tr("<p>A virtual machine takes its size (vCPUs, memory) from a template: create one with "
                   "<i>Template ▸ New template…</i>, then a machine with <i>New VM…</i></p>");
    } else {
        text += tr("<p>Create one with <i>New VM…</i> (%1).</p>").arg(action(QStringLiteral("newVm"))->shortcut().toString(QKeySequence::NativeText));
    }
    if (target->status() == client::HostConnection::Status::Online) {
        text += target->images().isEmpty()
            ? tr("<p>To install an operating system, add its ISO or a cloud image with <i>Image ▸ Import image…</i> or <i>Download image…</i>.</p>")
            : tr("<p>New machines boot an image from the Images tab, or install from an ISO in their CD-ROM drive.</p>");
    }
    m_emptyStateText->setText(text);
    m_newTemplateButton->setVisible(target->status() == client::HostConnection::Status::Online && target->templates().isEmpty());
    m_emptyState->show();
}

void MainWindow::notify(const QString &what, const ServiceError &error)
{
    const QString text = tr("%1 failed: %2").arg(what, FormDialog::describe(error));
    qCWarning(lcUi).noquote() << text;
    m_notification->setText(text);
    m_notificationBar->show();
}

template <typename T>
client::Reply<T> MainWindow::reportFailure(const QString &what)
{
    return [self = QPointer<MainWindow>(this), what](Result<T> r) {
        if (self && !r.ok())
            self->notify(what, r.error());
    };
}

// ---- operations (all asynchronous: the window never waits) ----------------------------------

void MainWindow::newTemplate()
{
    client::HostConnection *host = targetHost();
    if (!host)
        return;
    TemplateDialog dialog(*host, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    host->createTemplate(dialog.spec(), reportFailure<Template>(tr("Creating template")));
}

void MainWindow::deleteTemplate()
{
    const Selected selected = selectedTemplate();
    if (!selected.isValid())
        return;
    QPointer<client::HostConnection> host = selected.host;
    if (QMessageBox::question(this, tr("Delete template"), tr("Delete template '%1'?").arg(selected.id)) != QMessageBox::Yes || !host)
        return;
    host->deleteTemplate(selected.id, reportFailure<Done>(tr("Deleting template")));
}

void MainWindow::newVm()
{
    QPointer<client::HostConnection> host = targetHost();
    if (!host)
        return;
    VmDialog dialog(*host, this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    host->createVm(dialog.spec(), [self = QPointer<MainWindow>(this), host](Result<Vm> created) {
        if (!self)
            return;
        if (!created.ok())
            return self->notify(tr("Creating VM"), created.error());
        // A remote host's new VM reaches the table with its event, a moment later.
        if (host)
            self->selectVmWhenShown(host, created.value().id);
    });
}

void MainWindow::editVm()
{
    const Selected selected = selectedVms().value(0);
    QPointer<client::HostConnection> host = selected.host;
    const auto vm = host ? host->findVm(selected.id) : std::nullopt;
    if (!vm)
        return;
    VmEditDialog dialog(*host, *vm, this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    host->updateVm(vm->id, dialog.patch(), reportFailure<Vm>(tr("Changing '%1'").arg(vm->name)));
}

void MainWindow::cloneVm()
{
    const Selected selected = selectedVms().value(0);
    QPointer<client::HostConnection> host = selected.host;
    const auto vm = host ? host->findVm(selected.id) : std::nullopt;
    if (!vm)
        return;
    CloneDialog dialog(*host, *vm, this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    host->cloneVm(vm->id, dialog.spec(), [self = QPointer<MainWindow>(this), host, name = vm->name](Result<Vm> clone) {
        if (!self)
            return;
        if (!clone.ok())
            return self->notify(tr("Cloning '%1'").arg(name), clone.error());
        if (host)
            self->selectVmWhenShown(host, clone.value().id);
    });
}

void MainWindow::showSnapshots()
{
    const Selected selected = selectedVms().value(0);
    if (!selected.host || !selected.host->findVm(selected.id))
        return;
    auto *dialog = new SnapshotsDialog(*selected.host, selected.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(selected.host, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::resizeDisk()
{
    const Selected selected = selectedDisk();
    QPointer<client::HostConnection> host = selected.host;
    const auto disk = host ? host->findDisk(selected.id) : std::nullopt;
    if (!disk)
        return;
    const auto vm = disk->isAttached() ? host->findVm(disk->vmId) : std::nullopt;
    ResizeDiskDialog dialog(*disk, vm && (vm->state == VmState::Running || vm->state == VmState::Paused), this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    host->resizeDisk(disk->id, dialog.size(), reportFailure<Disk>(tr("Growing '%1'").arg(disk->name)));
}

void MainWindow::startVms()
{
    for (const Selected &selected : selectedVms()) {
        if (const auto vm = selected.host->findVm(selected.id))
            selected.host->startVm(selected.id, reportFailure<Vm>(tr("Starting '%1'").arg(vm->name)));
    }
    updateActions();
}

void MainWindow::stopVms(bool force)
{
    const QList<Selected> selection = selectedVms();
    QList<QPair<QPointer<client::HostConnection>, QString>> targets;
    for (const Selected &selected : selection)
        targets.append({selected.host, selected.id});
    if (force && !selection.isEmpty()) {
        // Like pulling the plug: whatever the guest had not written is lost. Ask first.
        QStringList names;
        for (const Selected &selected : selection) {
            if (const auto vm = selected.host->findVm(selected.id))
                names << vm->name;
        }
        if (QMessageBox::warning(this, tr("Force stop"),
                                 tr("Stop %1 at once, without letting the guest shut down?\n\nLike pulling the power plug: data the guest has not written yet is lost.")
                                     .arg(names.join(QStringLiteral(", "))),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    for (const auto &[host, id] : std::as_const(targets)) {
        const auto vm = host ? host->findVm(id) : std::nullopt;
        if (vm)
            host->stopVm(id, force, reportFailure<Vm>(tr("Stopping '%1'").arg(vm->name)));
    }
    updateActions();
}

void MainWindow::pauseOrResumeVms(bool pause)
{
    for (const Selected &selected : selectedVms()) {
        const auto vm = selected.host->findVm(selected.id);
        if (!vm)
            continue;
        if (pause)
            selected.host->pauseVm(selected.id, reportFailure<Vm>(tr("Pausing '%1'").arg(vm->name)));
        else
            selected.host->resumeVm(selected.id, reportFailure<Vm>(tr("Resuming '%1'").arg(vm->name)));
    }
    updateActions();
}

void MainWindow::restartVms()
{
    for (const Selected &selected : selectedVms()) {
        if (const auto vm = selected.host->findVm(selected.id))
            selected.host->restartVm(selected.id, reportFailure<Vm>(tr("Restarting '%1'").arg(vm->name)));
    }
    updateActions();
}

void MainWindow::deleteVms()
{
    const QList<Selected> selection = selectedVms();
    if (selection.isEmpty())
        return;
    QStringList names;
    QList<std::tuple<QPointer<client::HostConnection>, QString, QString>> targets; // host, id, name
    bool anyRunning = false;
    for (const Selected &selected : selection) {
        const auto vm = selected.host->findVm(selected.id);
        if (!vm)
            continue;
        names << vm->name;
        targets.append({selected.host, vm->id, vm->name});
        anyRunning = anyRunning || vm->state == VmState::Running || vm->state == VmState::Paused;
    }
    QString text = tr("Delete %n virtual machine(s): %1?", nullptr, int(targets.size())).arg(names.join(QLatin1String(", ")));
    text += QLatin1String("\n\n") + tr("Their root disks and everything stored on them are lost. Attached disks are detached and kept.");
    if (anyRunning)
        text += QLatin1String("\n") + tr("Running machines are stopped at once, without shutting down.");
    if (QMessageBox::warning(this, tr("Delete virtual machines"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    // The dialog was modal: the API may have deleted some of them meanwhile. Look again, by id.
    for (const auto &[host, id, name] : std::as_const(targets)) {
        if (host && host->findVm(id))
            host->deleteVm(id, reportFailure<Done>(tr("Deleting '%1'").arg(name)));
    }
}

void MainWindow::newDisk()
{
    QPointer<client::HostConnection> host = targetHost();
    if (!host)
        return;
    DiskDialog dialog(*host, this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    host->createDisk(dialog.spec(), [self = QPointer<MainWindow>(this)](Result<Disk> r) {
        if (!self)
            return;
        if (!r.ok())
            return self->notify(tr("Creating disk"), r.error());
        self->selectDisk(r.value().id);
    });
}

void MainWindow::attachDisk()
{
    const Selected selected = selectedDisk();
    QPointer<client::HostConnection> host = selected.host;
    const auto disk = host ? host->findDisk(selected.id) : std::nullopt;
    if (!disk)
        return;
    AttachDialog dialog(*host, *disk, this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    // `disk` is the copy taken before the modal dialog; the host answers if it is gone now.
    host->attachDisk(disk->id, dialog.vmId(), reportFailure<Disk>(tr("Attaching '%1'").arg(disk->name)));
}

void MainWindow::detachDisk()
{
    const Selected selected = selectedDisk();
    QPointer<client::HostConnection> host = selected.host;
    const auto disk = host ? host->findDisk(selected.id) : std::nullopt;
    if (!disk)
        return;
    // Unplugging from a running guest is like pulling a USB stick: ask first.
    const auto vm = host->findVm(disk->vmId);
    if (vm && vm->state != VmState::Stopped
        && QMessageBox::warning(this, tr("Detach disk"),
                                tr("Detach disk '%1' from the running VM '%2'?\n\nThe guest sees the disk removed: anything it has not written to the disk yet may be lost.")
                                    .arg(disk->name, vm->name),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    if (host)
        host->detachDisk(disk->id, reportFailure<Disk>(tr("Detaching '%1'").arg(disk->name)));
}

void MainWindow::deleteDisk()
{
    const Selected selected = selectedDisk();
    QPointer<client::HostConnection> host = selected.host;
    const auto disk = host ? host->findDisk(selected.id) : std::nullopt;
    if (!disk)
        return;
    if (QMessageBox::warning(this, tr("Delete disk"),
                             tr("Delete disk '%1' (%2 GiB)?\n\nIts image file and all data on it are lost.").arg(disk->name).arg(disk->size),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes
        || !host)
        return;
    host->deleteDisk(disk->id, reportFailure<Done>(tr("Deleting '%1'").arg(disk->name)));
}

void MainWindow::importImage()
{
    client::HostConnection *host = targetHost();
    if (!host || !host->canImportFiles() || !m_runtime)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a disk image or ISO"), QDir::homePath(),
                                                      tr("Disk images and ISOs (*.qcow2 *.img *.raw *.iso);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportImageDialog dialog(m_runtime->images(), path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImageImportSpec spec = dialog.spec();
    m_tabs->setCurrentWidget(m_imageTable->parentWidget());
    host->importImage(spec, reportFailure<Image>(tr("Importing '%1'").arg(spec.name)));
}

void MainWindow::downloadImage()
{
    QPointer<client::HostConnection> host = targetHost();
    if (!host)
        return;
    DownloadImageDialog dialog(*host, this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    const ImageDownloadSpec spec = dialog.spec();
    host->downloadImage(spec, dialog.catalogEntry(), reportFailure<Image>(tr("Downloading '%1'").arg(spec.name)));
    m_tabs->setCurrentWidget(m_imageTable->parentWidget());
}

void MainWindow::deleteImage()
{
    const Selected selected = selectedImage();
    QPointer<client::HostConnection> host = selected.host;
    const auto image = host ? host->findImage(selected.id) : std::nullopt;
    if (!image)
        return;
    const bool arriving = image->state == ImageState::Downloading;
    const QString question = arriving ? tr("Cancel the download of '%1'? What arrived so far is removed.").arg(image->name)
                                      : tr("Delete image '%1' (%2)?\n\nIts file is removed from the image library.")
                                            .arg(image->name, ImageTableModel::sizeText(image->size));
    if (QMessageBox::warning(this, arriving ? tr("Cancel download") : tr("Delete image"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes
        || !host)
        return;
    // The dialog was modal: the image may be gone already, which is what was wanted.
    host->deleteImage(image->id, [self = QPointer<MainWindow>(this), name = image->name](Result<Done> removed) {
        if (self && !removed.ok() && removed.error().kind != ErrorKind::NotFound)
            self->notify(tr("Deleting '%1'").arg(name), removed.error());
    });
}

void MainWindow::insertCd()
{
    const QList<Selected> selection = selectedVms();
    QPointer<client::HostConnection> host = selection.size() == 1 ? selection.first().host : nullptr;
    const auto vm = host ? host->findVm(selection.first().id) : std::nullopt;
    if (!vm)
        return;
    InsertCdDialog dialog(*host, vm->name, this);
    if (dialog.exec() != QDialog::Accepted || !host)
        return;
    host->insertCdrom(vm->id, dialog.imageId(), reportFailure<Vm>(tr("Inserting a CD into '%1'").arg(vm->name)));
}

void MainWindow::ejectCd(client::HostConnection *host, const QString &vmId)
{
    const auto vm = host ? host->findVm(vmId) : std::nullopt;
    if (!vm)
        return;
    host->ejectCdrom(vmId, reportFailure<Vm>(tr("Ejecting the CD of '%1'").arg(vm->name)));
}

void MainWindow::offerEject(client::HostConnection *host, const QString &vmId)
{
    const auto vm = host->findVm(vmId);
    if (!vm || vm->cdromImageId.isEmpty() || VmService::effectiveBootOrder(*vm).value(0) != BootDevice::Cdrom)
        return;
    const auto iso = host->findImage(vm->cdromImageId);
    m_installNoticeVm = {host, vmId};
    m_installNotice->setText(tr("'%1' booted from its CD (%2) and has now %3. If an installation finished, eject the CD so that the "
                                "next boot starts the installed system. <a href=\"eject\">Eject the CD</a> · <a href=\"keep\">Keep it</a>")
                                 .arg(vm->name.toHtmlEscaped(), iso ? iso->name.toHtmlEscaped() : vm->cdromImageId,
                                      vm->state == VmState::Stopped ? tr("powered off") : tr("restarted")));
    m_installNotice->show();
}

void MainWindow::copySshCommand()
{
    const Selected selected = selectedVms().value(0);
    const auto vm = selected.host ? selected.host->findVm(selected.id) : std::nullopt;
    const auto ssh = vm ? selected.host->sshAccess(*vm) : std::nullopt;
    if (!ssh)
        return;
    QGuiApplication::clipboard()->setText(ssh->command);
    statusBar()->showMessage(tr("Copied: %1").arg(ssh->command), 5000);
}

void MainWindow::openSshTerminal()
{
    const Selected selected = selectedVms().value(0);
    const auto vm = selected.host ? selected.host->findVm(selected.id) : std::nullopt;
    const auto ssh = vm ? selected.host->sshAccess(*vm) : std::nullopt;
    if (!ssh)
        return;
    const auto terminal = ui::terminalFor(ssh->arguments, qEnvironmentVariable("TERMINAL"),
                                          [](const QString &name) { return QStandardPaths::findExecutable(name); });
    if (!terminal || !QProcess::startDetached(terminal->program, terminal->arguments)) {
        // No terminal to run it in: the command is still one paste away.
        QGuiApplication::clipboard()->setText(ssh->command);
        notify(tr("Opening a terminal"), ServiceError::failed(terminal ? tr("%1 could not be started. The ssh command was copied instead: %2").arg(terminal->program, ssh->command)
                                                                       : tr("no terminal program was found (set TERMINAL). The ssh command was copied instead: %1").arg(ssh->command)));
        return;
    }
    statusBar()->showMessage(tr("Opened %1 with: %2").arg(QFileInfo(terminal->program).fileName(), ssh->command), 5000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

ConsoleWindow *MainWindow::openConsole(const QString &vmId)
{
    const int row = m_vmModel->rowOf(vmId);
    return row < 0 ? nullptr : openConsole(m_vmModel->hostAt(row), vmId);
}

ConsoleWindow *MainWindow::openConsole(client::HostConnection *host, const QString &vmId)
{
    if (!host || !host->findVm(vmId))
        return nullptr;
    QPointer<ConsoleWindow> &window = m_consoles[host->apiUrl().toString() + QLatin1Char('/') + vmId];
    if (!window) {
        window = new ConsoleWindow(*host, vmId);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    const client::HostConnection *local = m_hosts->local();
    if (!settings.value(QStringLiteral("window/closeNoticeShown")).toBool() && local && local->vmCount(VmState::Running) > 0) {
        settings.setValue(QStringLiteral("window/closeNoticeShown"), true);
        QMessageBox::information(this, tr("Virtual machines keep running"),
                                 tr("Closing VMAN leaves your virtual machines running: they are processes of their own. "
                                    "The next VMAN you start takes them over again."));
    }
    for (const auto &console : std::as_const(m_consoles)) {
        if (console)
            console->close();
    }
    event->accept();
}

} // namespace vman
