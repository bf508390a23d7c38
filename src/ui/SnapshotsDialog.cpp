// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotsDialog.h"

#include "FormDialog.h"
#include "ImageTableModel.h"
#include "HostConnection.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vman {

SnapshotsDialog::SnapshotsDialog(client::HostConnection &host, const QString &vmId, QWidget *parent) : QDialog(parent), m_host(&host), m_vmId(vmId)
{
    const auto vm = host.findVm(vmId);
    setWindowTitle(tr("Snapshots of '%1'").arg(vm ? vm->name : vmId));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("snapshots"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Taken"), tr("Holds"), tr("Memory saved"), tr("Description")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_take = buttons->addButton(tr("&Take snapshot…"), QDialogButtonBox::ActionRole);
    m_revert = buttons->addButton(tr("&Revert…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, &SnapshotsDialog::askTake);
    connect(m_revert, &QPushButton::clicked, this, &SnapshotsDialog::askRevert);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsDialog::askRemove);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SnapshotsDialog::refresh);
    connect(&host, &client::HostConnection::changed, this, &SnapshotsDialog::reload);
    connect(&host, &client::HostConnection::vmChanged, this, [this](const Vm &vm) {
        if (vm.id == m_vmId)
            reload();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 360);
    refresh();
    reload();
}

void SnapshotsDialog::reload()
{
    if (!m_host)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_host->listSnapshots(m_vmId, [self = QPointer<SnapshotsDialog>(this)](Result<QList<VmSnapshot>> list) {
        if (!self)
            return;
        self->m_loading = false;
        if (list.ok())
            self->m_snapshots = list.value();
        self->refresh();
        if (std::exchange(self->m_reloadAgain, false))
            self->reload();
    });
}

QString SnapshotsDialog::status() const
{
    return m_status->text();
}

QString SnapshotsDialog::selectedName() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text(0);
}

void SnapshotsDialog::refresh()
{
    const QString selected = selectedName();
    const QList<VmSnapshot> &snapshots = m_snapshots;
    // Rebuilt only when the list itself changed, so a selection survives unrelated updates.
    QStringList names;
    for (const VmSnapshot &s : snapshots)
        names << s.name;
    QStringList shown;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        shown << m_list->topLevelItem(i)->text(0);
    if (names != shown) {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const VmSnapshot &s : snapshots) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, s.name);
            item->setText(1, QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(2, s.withMemory ? tr("memory and disks") : tr("disks"));
            item->setText(3, s.withMemory ? ImageTableModel::sizeText(s.sizeBytes) : QString());
            item->setText(4, s.description);
            item->setToolTip(2, VmService::describeDisks(s.disks, [this](const QString &id) { return m_host ? m_host->findDisk(id) : std::nullopt; }));
            if (s.name == selected)
                item->setSelected(true);
        }
    }
    const auto vm = m_host ? m_host->findVm(m_vmId) : std::nullopt;
    const bool idle = vm && !m_host->isVmBusy(m_vmId);
    const bool settled = vm && (vm->state == VmState::Running || vm->state == VmState::Paused || vm->state == VmState::Stopped);
    const bool chosen = !selectedName().isEmpty();
    m_take->setEnabled(idle && settled);
    m_revert->setEnabled(idle && settled && chosen);
    m_delete->setEnabled(idle && settled && chosen);
    const QString why = !vm ? tr("The virtual machine is gone.")
        : !idle ? tr("Wait until the operation in progress has finished.")
        : !settled ? tr("The virtual machine is %1; wait until it runs or has stopped.").arg(nameOf(vm->state))
        : tr("Select a snapshot first.");
    m_take->setToolTip(m_take->isEnabled() ? (vm && vm->state == VmState::Stopped ? tr("Snapshot of its disks (it is stopped)")
                                                                                  : tr("Snapshot of its memory and disks; the guest pauses while its memory is saved"))
                                           : why);
    m_revert->setToolTip(m_revert->isEnabled() ? tr("Go back to the selected snapshot") : why);
    m_delete->setToolTip(m_delete->isEnabled() ? tr("Delete the selected snapshot (the machine stays as it is)") : why);
}

QString SnapshotsDialog::revertWarning(const QString &name) const
{
    const auto vm = m_host ? m_host->findVm(m_vmId) : std::nullopt;
    const auto snapshot = std::find_if(m_snapshots.cbegin(), m_snapshots.cend(), [&name](const VmSnapshot &s) { return s.name == name; });
    if (!vm || snapshot == m_snapshots.cend())
        return QString();
    const QString when = QLocale().toString(snapshot->createdAt.toLocalTime(), QLocale::ShortFormat);
    QString text = tr("Everything '%1' wrote to its disks since %2 is lost.").arg(vm->name, when);
    if (snapshot->withMemory)
        text += QLatin1Char(' ') + (vm->state == VmState::Stopped ? tr("It starts again where it was when the snapshot was taken.")
                                                                   : tr("Its running programs go back to where they were then."));
    if (snapshot->cpuCount != vm->cpuCount || snapshot->ramAmount != vm->ramAmount)
        text += QLatin1Char(' ') + tr("Its size goes back to %1 vCPUs and %2 GiB.").arg(snapshot->cpuCount).arg(snapshot->ramAmount);
    return text;
}

void SnapshotsDialog::showResult(const QString &done, const ServiceError *error)
{
    m_status->setText(error ? tr("%1 failed: %2").arg(done, FormDialog::describe(*error)) : done);
    refresh();
    reload();
}

void SnapshotsDialog::take(const QString &name, const QString &description)
{
    SnapshotSpec spec;
    if (!name.trimmed().isEmpty())
        spec.name = name.trimmed();
    spec.description = description;
    if (!m_host)
        return;
    if (auto error = m_host->validateSnapshot(m_vmId, spec))
        return showResult(tr("Taking the snapshot"), &*error);
    m_status->setText(tr("Taking the snapshot…"));
    QPointer<SnapshotsDialog> self(this);
    m_host->createSnapshot(m_vmId, spec, [self](Result<VmSnapshot> taken) {
        if (!self)
            return;
        if (!taken.ok())
            return self->showResult(tr("Taking the snapshot"), &taken.error());
        self->showResult(tr("Snapshot '%1' taken.").arg(taken.value().name), nullptr);
    });
    refresh();
}

void SnapshotsDialog::revertTo(const QString &name)
{
    if (!m_host)
        return;
    m_status->setText(tr("Reverting to '%1'…").arg(name));
    QPointer<SnapshotsDialog> self(this);
    m_host->revertSnapshot(m_vmId, name, [self, name](Result<Vm> reverted) {
        if (!self)
            return;
        if (!reverted.ok())
            return self->showResult(tr("Reverting to '%1'").arg(name), &reverted.error());
        self->showResult(tr("Back at snapshot '%1'.").arg(name), nullptr);
    });
    refresh();
}

void SnapshotsDialog::remove(const QString &name)
{
    if (!m_host)
        return;
    m_status->setText(tr("Deleting '%1'…").arg(name));
    QPointer<SnapshotsDialog> self(this);
    m_host->deleteSnapshot(m_vmId, name, [self, name](Result<Done> deleted) {
        if (!self)
            return;
        if (!deleted.ok())
            return self->showResult(tr("Deleting '%1'").arg(name), &deleted.error());
        self->showResult(tr("Snapshot '%1' deleted.").arg(name), nullptr);
    });
    refresh();
}

void SnapshotsDialog::askTake()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Take snapshot"), tr("Name (empty: one is generated):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        take(name, QString());
}

void SnapshotsDialog::askRevert()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::warning(this, tr("Revert to '%1'").arg(name), revertWarning(name), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        revertTo(name);
}

void SnapshotsDialog::askRemove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete snapshot"), tr("Delete snapshot '%1'? The machine stays as it is; you can no longer go back to it.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes)
        remove(name);
}

} // namespace vman
