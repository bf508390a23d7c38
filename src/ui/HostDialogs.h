// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a remote VMAN to the window: its https:// address, the one-time pairing code that its
// `vman --server` (or `vman token create`) printed, and what this computer calls itself there.
#pragma once

#include "FormDialog.h"

#include <QUrl>

class QLineEdit;

namespace vman {

class AddHostDialog final : public FormDialog
{
    Q_OBJECT

public:
    explicit AddHostDialog(const QUrl &url = {}, QWidget *parent = nullptr);
    QUrl url() const;
    QString code() const;
    QString clientName() const;
    // "host:8000" or "https://host:8000/" as typed: the https:// address; invalid when it is none.
    static QUrl parseAddress(const QString &text);

protected:
    std::optional<ServiceError> validate() const override;

private:
    QLineEdit *m_url;
    QLineEdit *m_code;
    QLineEdit *m_name;
};

} // namespace vman
