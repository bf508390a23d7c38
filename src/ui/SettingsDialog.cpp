// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Config.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QCoreApplication>
#include <QSettings>

#include "Logging.h"
#include <QSpinBox>
#include <QVBoxLayout>

namespace vman {

namespace {
const QString kGroup = QStringLiteral("config");
}

QStringList SettingsDialog::variables()
{
    return {QStringLiteral("VMAN_STORAGE_PATH"), QStringLiteral("VMAN_DEFAULT_BOOT_DISK"), QStringLiteral("VMAN_CLONE_MODE"),
            QStringLiteral("VMAN_API_HOST"),     QStringLiteral("VMAN_API_PORT"),          QStringLiteral("VMAN_API_TOKEN"),
            QStringLiteral("VMAN_OBSERVER_INTERVAL"), QStringLiteral("VMAN_ACCEL")};
}

void SettingsDialog::setApplicationIdentity()
{
    // No organization domain: Qt uses it on macOS and for D-Bus names only, and VMAN owns none.
    QCoreApplication::setOrganizationName(QStringLiteral("vman"));
    QCoreApplication::setApplicationName(QStringLiteral("vman"));
}

void SettingsDialog::migrateLegacySettings()
{
    QSettings current;
    if (!current.allKeys().isEmpty())
        return;
    QSettings legacy(QStringLiteral("Unknown Organization"), QCoreApplication::applicationName());
    const QStringList keys = legacy.allKeys();
    if (keys.isEmpty())
        return;
    for (const QString &key : keys)
        current.setValue(key, legacy.value(key));
    current.sync();
    qCInfo(lcUi).noquote() << "settings moved from" << legacy.fileName() << "to" << current.fileName();
}

QMap<QString, QString> SettingsDialog::stored()
{
    QMap<QString, QString> values;
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const QString &key : settings.childKeys()) {
        const QString text = settings.value(key).toString();
        if (!text.isEmpty())
            values.insert(key, text);
    }
    return values;
}

SettingsDialog::SettingsDialog(QWidget *parent, const QProcessEnvironment &environment, const QMap<QString, QString> &dotEnv)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    ConfigLoader::Inputs inputs;
    inputs.environment = environment;
    inputs.dotEnv = dotEnv;
    const QMap<QString, QString> current = stored();

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto lineEdit = [this](const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    auto *storage = lineEdit(tr("default: ~/.local/share/vman (or /var/lib/vman as root)"));
    auto *bootDisk = lineEdit(tr("none: VMs get an empty 10 GiB disk"));
    auto *clone = new QComboBox(this);
    clone->addItem(tr("Linked clone (instant)"), QStringLiteral("linked"));
    clone->addItem(tr("Full copy (independent)"), QStringLiteral("full"));
    auto *host = lineEdit(QStringLiteral("127.0.0.1"));
    auto *port = new QSpinBox(this);
    port->setRange(0, 65535);
    port->setValue(8000);
    auto *token = lineEdit(tr("none"));
    token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto *interval = new QSpinBox(this);
    interval->setRange(1, 86400);
    interval->setValue(5);
    interval->setSuffix(tr(" s"));
    auto *accel = new QComboBox(this);
    accel->addItem(tr("Automatic (KVM when usable)"), QStringLiteral("auto"));
    accel->addItem(QStringLiteral("KVM"), QStringLiteral("kvm"));
    accel->addItem(tr("TCG (emulation)"), QStringLiteral("tcg"));
    m_editors = {{QStringLiteral("VMAN_STORAGE_PATH"), storage}, {QStringLiteral("VMAN_DEFAULT_BOOT_DISK"), bootDisk},
                 {QStringLiteral("VMAN_CLONE_MODE"), clone},     {QStringLiteral("VMAN_API_HOST"), host},
                 {QStringLiteral("VMAN_API_PORT"), port},        {QStringLiteral("VMAN_API_TOKEN"), token},
                 {QStringLiteral("VMAN_OBSERVER_INTERVAL"), interval}, {QStringLiteral("VMAN_ACCEL"), accel}};
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        it.value()->setObjectName(it.key());

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this, bootDisk] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Default boot disk"), bootDisk->text(), tr("qcow2 images (*.qcow2);;All files (*)"));
        if (!file.isEmpty())
            bootDisk->setText(file);
    });
    auto *bootRow = new QHBoxLayout;
    bootRow->addWidget(bootDisk, 1);
    bootRow->addWidget(browse);

    const QHash<QString, QString> labels = {{QStringLiteral("VMAN_STORAGE_PATH"), tr("Storage folder:")},
                                            {QStringLiteral("VMAN_DEFAULT_BOOT_DISK"), tr("Default boot disk:")},
                                            {QStringLiteral("VMAN_CLONE_MODE"), tr("Root disks:")},
                                            {QStringLiteral("VMAN_API_HOST"), tr("API address:")},
                                            {QStringLiteral("VMAN_API_PORT"), tr("API port:")},
                                            {QStringLiteral("VMAN_API_TOKEN"), tr("API token:")},
                                            {QStringLiteral("VMAN_OBSERVER_INTERVAL"), tr("Observer interval:")},
                                            {QStringLiteral("VMAN_ACCEL"), tr("Acceleration:")}};
    for (const QString &variable : variables()) {
        if (current.contains(variable))
            setValue(variable, current.value(variable));
        const QString source = ConfigLoader::fixedBy(inputs, variable);
        QWidget *editor = m_editors.value(variable);
        if (!source.isEmpty()) {
            const QString fixed = source == QLatin1String("environment") ? environment.value(variable) : dotEnv.value(variable);
            m_fixedBy.insert(variable, source);
            setValue(variable, fixed);
            editor->setEnabled(false);
            editor->setToolTip(tr("Set by %1 in the %2; change it there").arg(variable, source));
            if (variable == QLatin1String("VMAN_DEFAULT_BOOT_DISK"))
                browse->setEnabled(false);
        } else {
            editor->setToolTip(tr("Stored as %1").arg(variable));
        }
        if (variable == QLatin1String("VMAN_DEFAULT_BOOT_DISK"))
            form->addRow(labels.value(variable), bootRow);
        else
            form->addRow(labels.value(variable), editor);
    }
    layout->addLayout(form);
    auto *note = new QLabel(tr("Changes apply the next time VMAN starts. Greyed settings are fixed by environment variables."), this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::setValue(const QString &variable, const QString &value)
{
    QWidget *editor = m_editors.value(variable);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(qMax(0, combo->findData(value.toLower())));
}

QString SettingsDialog::value(const QString &variable) const
{
    QWidget *editor = m_editors.value(variable);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text().trimmed();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    return {};
}

bool SettingsDialog::isFixed(const QString &variable) const
{
    return m_fixedBy.contains(variable);
}

void SettingsDialog::save()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const QString &variable : variables()) {
        if (isFixed(variable))
            continue;
        const QString text = value(variable);
        if (text.isEmpty())
            settings.remove(variable);
        else
            settings.setValue(variable, text);
    }
    settings.sync();
}

} // namespace vman
