// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

QString FormDialog::describe(const ServiceError &error)
{
    if (error.kind == ErrorKind::Invalid && !error.fields.isEmpty())
        return tr("%1: %2").arg(error.fields.first().field, error.fields.first().message);
    return error.message;
}

void FormDialog::revalidate()
{
    const auto error = validate();
    m_problem->setText(error ? describe(*error) : QString());
    m_problem->setVisible(error.has_value());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!error);
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
