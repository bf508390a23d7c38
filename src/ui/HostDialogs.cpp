// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostDialogs.h"

#include "auth/AccessTokens.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>

namespace vman {

AddHostDialog::AddHostDialog(const QUrl &url, QWidget *parent) : FormDialog(tr("Add host"), parent)
{
    auto *intro = new QLabel(tr("On the other computer, <code>vman --server</code> prints a pairing code when it starts "
                                "(or run <code>vman token create --name %1</code> there). The code works once, for a few minutes.")
                                 .arg(QHostInfo::localHostName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("intro"));
    // Above the form, not in a form row: a wrapped label in a QFormLayout row got the height of
    // two lines and lost the rest when the problem line appeared (German lost half of it).
    // Top-level windows do not lay out by height-for-width: the label asks for the height its
    // text needs at its width.
    constexpr int kIntroWidth = 440;
    intro->setMinimumWidth(kIntroWidth);
    intro->setMinimumHeight(intro->heightForWidth(kIntroWidth));
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertWidget(0, intro);
    else
        form()->addRow(intro);
    m_url = new QLineEdit(url.isValid() ? url.toString() : QString(), this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("e.g. https://lab1:8000"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("e.g. 7KQ2M-XR4T9"));
    m_name = new QLineEdit(QHostInfo::localHostName(), this);
    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setToolTip(tr("How this computer is listed among the host's clients (GET /auth/tokens), to revoke it later"));
    form()->addRow(tr("&Address:"), m_url);
    form()->addRow(tr("Pairing &code:"), m_code);
    form()->addRow(tr("This computer's &name there:"), m_name);
    for (QLineEdit *edit : {m_url, m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &AddHostDialog::revalidate);
    if (url.isValid())
        m_code->setFocus();
    revalidate();
}

QUrl AddHostDialog::parseAddress(const QString &text)
{
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return {};
    if (!typed.contains(QLatin1String("://")))
        typed.prepend(QStringLiteral("https://"));
    QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || !url.userInfo().isEmpty()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return {};
    return url.adjusted(QUrl::RemovePath);
}

QUrl AddHostDialog::url() const
{
    return parseAddress(m_url->text());
}

QString AddHostDialog::code() const
{
    return AccessTokens::normalizedCode(m_code->text());
}

QString AddHostDialog::clientName() const
{
    return m_name->text().trimmed();
}

std::optional<ServiceError> AddHostDialog::validate() const
{
    if (!url().isValid())
        return ServiceError::invalid({{QStringLiteral("url"), tr("it must be https://host:port, e.g. https://lab1:8000"), QStringLiteral("url_parsing")}});
    if (code().isEmpty())
        return ServiceError::invalid({{QStringLiteral("code"), tr("ten letters and digits, e.g. 7KQ2M-XR4T9"), QStringLiteral("string_pattern_mismatch")}});
    if (const auto problem = AccessTokens::nameProblem(clientName()))
        return ServiceError::invalid({{QStringLiteral("name"), *problem, QStringLiteral("value_error")}});
    return std::nullopt;
}

} // namespace vman
