// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vman {

FormDialog::FormDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

QString FormDialog::fieldLabel(const QString &field)
{
    // "ports.0.host_port" is about the host port of a forward; "cloud_init.ssh_authorized_keys.0"
    // about an SSH key.
    QString name = field.section(QLatin1Char('.'), -1);
    bool number = false;
    name.toInt(&number);
    if (number)
        name = field.section(QLatin1Char('.'), -2, -2);
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("the name")},
        {QStringLiteral("cpu_count"), QT_TR_NOOP("the number of vCPUs")},
        {QStringLiteral("ram_amount"), QT_TR_NOOP("the memory")},
        {QStringLiteral("disk_size"), QT_TR_NOOP("the root disk size")},
        {QStringLiteral("size"), QT_TR_NOOP("the size")},
        {QStringLiteral("ports"), QT_TR_NOOP("the list of port forwards")},
        {QStringLiteral("host_port"), QT_TR_NOOP("the host port")},
        {QStringLiteral("guest_port"), QT_TR_NOOP("the guest port")},
        {QStringLiteral("host_address"), QT_TR_NOOP("the host address")},
        {QStringLiteral("protocol"), QT_TR_NOOP("the protocol")},
        {QStringLiteral("path"), QT_TR_NOOP("the file")},
        {QStringLiteral("url"), QT_TR_NOOP("the address")},
        {QStringLiteral("image"), QT_TR_NOOP("the image")},
        {QStringLiteral("cdrom"), QT_TR_NOOP("the CD image")},
        {QStringLiteral("boot"), QT_TR_NOOP("the boot order")},
        {QStringLiteral("firmware"), QT_TR_NOOP("the firmware")},
        {QStringLiteral("template_name"), QT_TR_NOOP("the template")},
        {QStringLiteral("cloud_init"), QT_TR_NOOP("the cloud-init settings")},
        {QStringLiteral("ssh_authorized_keys"), QT_TR_NOOP("the SSH key")},
        {QStringLiteral("hostname"), QT_TR_NOOP("the host name")},
        {QStringLiteral("user_data"), QT_TR_NOOP("the user data")},
        {QStringLiteral("network_config"), QT_TR_NOOP("the network configuration")},
        {QStringLiteral("vendor_data"), QT_TR_NOOP("the vendor data")},
        {QStringLiteral("ready_marker"), QT_TR_NOOP("the ready marker")},
        {QStringLiteral("default_user"), QT_TR_NOOP("the default user")},
        {QStringLiteral("code"), QT_TR_NOOP("the pairing code")},
    };
    const char *label = labels.value(name);
    return label ? tr(label) : QStringLiteral("`%1`").arg(name);
}

QString FormDialog::humanLeadIn(const QString &message)
{
    // QEMU's own words are exact but terse: the window first says what they mean for the user,
    // then quotes them.
    static const QRegularExpression hostForward(QStringLiteral("Could not set up host forwarding rule '(tcp|udp):([^:']*):(\\d+)-"));
    const QRegularExpressionMatch forward = hostForward.match(message);
    if (forward.hasMatch())
        return tr("Port %1 (%2) is already in use on this host: give the VM another host port.").arg(forward.captured(3), forward.captured(1).toUpper());
    if (message.contains(QLatin1String("Failed to get \"write\" lock")) || message.contains(QLatin1String("Failed to get shared \"write\" lock")))
        return tr("A disk of this VM is in use by another program.");
    if (message.contains(QLatin1String("Could not access KVM kernel module")) || message.contains(QLatin1String("failed to initialize kvm")))
        return tr("KVM is not available on this host: choose TCG acceleration in the settings.");
    if (message.contains(QLatin1String("Cannot allocate memory")))
        return tr("This host does not have enough free memory for the VM.");
    if (message.contains(QLatin1String("No space left on device")))
        return tr("The disk holding VMAN's storage is full.");
    return {};
}

QString FormDialog::describe(const ServiceError &error)
{
    if (error.kind != ErrorKind::Invalid || error.fields.isEmpty()) {
        const QString lead = humanLeadIn(error.message);
        return lead.isEmpty() ? error.message : tr("%1\n(%2)").arg(lead, error.message);
    }
    // The API keeps its machine-like wording; the window says the same in sentences.
    const FieldError &f = error.fields.first();
    const QString label = fieldLabel(f.field);
    // Sizes are in GiB everywhere in VMAN.
    const QString name = f.field.section(QLatin1Char('.'), -1);
    const bool gib = name == QLatin1String("ram_amount") || name == QLatin1String("disk_size") || name == QLatin1String("size");
    const QString limit = gib ? tr("%1 GiB").arg(f.limit) : f.limit;
    // Labels carry their article ("the name", "der Name"): each language puts it right.
    auto sentence = [](QString text) {
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    };
    if (f.type == QLatin1String("string_too_short"))
        return sentence(tr("Enter %1.").arg(label));
    if (f.type == QLatin1String("string_too_long"))
        return sentence(tr("%1 is too long: at most %2 characters.").arg(label, f.limit));
    if (f.type == QLatin1String("string_pattern_mismatch") && f.field.endsWith(QLatin1String("hostname")))
        return sentence(tr("%1 may contain letters, digits and dashes, in parts separated by dots; no part may start or end with a dash.").arg(label));
    if (f.type == QLatin1String("string_pattern_mismatch") && !f.field.endsWith(QLatin1String("name")))
        return sentence(tr("%1: %2").arg(label, f.message));
    if (f.type == QLatin1String("string_pattern_mismatch"))
        return sentence(tr("%1 may contain letters, digits, dots, dashes and underscores, and must start with a letter or digit.").arg(label));
    if (f.type == QLatin1String("greater_than_equal") && !f.limit.isEmpty())
        return sentence(tr("%1 must be at least %2.").arg(label, limit));
    if (f.type == QLatin1String("less_than_equal") && !f.limit.isEmpty())
        return sentence(tr("%1 must be at most %2.").arg(label, limit));
    if (f.type == QLatin1String("ip_v4_address"))
        return sentence(tr("%1 must be an IPv4 address, such as 127.0.0.1.").arg(label));
    if (f.type == QLatin1String("too_long") && !f.limit.isEmpty())
        return sentence(tr("Too many entries in %1: at most %2.").arg(label, f.limit));
    // Rules with their own words (a name in use, a file that cannot be read) name the field.
    return sentence(tr("%1: %2").arg(label, f.message));
}

void FormDialog::revalidate()
{
    const auto error = validate();
    // A fresh dialog shows no complaint: only what the user changed is judged aloud (a change
    // arrives through a field's signal; the dialog's own first check has no sender). The OK
    // button follows the rules from the start.
    if (sender())
        m_edited = true;
    const bool say = error && m_edited;
    m_problem->setText(say ? describe(*error) : QString());
    m_problem->setVisible(say);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!error);
}

void FormDialog::showEvent(QShowEvent *event)
{
    // A field is at least as wide as the example it shows (German cut "keine, z. B. 2222:…").
    constexpr int kWidestHint = 520;
    for (QLineEdit *field : findChildren<QLineEdit *>()) {
        if (field->placeholderText().isEmpty())
            continue;
        const int hint = field->fontMetrics().horizontalAdvance(field->placeholderText()) + 2 * field->fontMetrics().averageCharWidth() + 12;
        field->setMinimumWidth(qMax(field->minimumWidth(), qMin(hint, kWidestHint)));
    }
    QDialog::showEvent(event);
    // Typing at once goes into the first field, not onto a button.
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        QWidget *field = item ? item->widget() : nullptr;
        if (!field && item && item->layout() && item->layout()->count() > 0)
            field = item->layout()->itemAt(0)->widget();
        if (field && field->isEnabled() && field->focusPolicy() != Qt::NoFocus) {
            field->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

bool FormDialog::isAcceptable() const
{
    return !validate().has_value();
}

QString FormDialog::problem() const
{
    return m_problem->text();
}

} // namespace vman
