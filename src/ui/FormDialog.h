// SPDX-License-Identifier: GPL-3.0-or-later
// Base of VMAN's input dialogs: a form, a line that says what is wrong, and an OK button that
// stays disabled until the core's own validation accepts the input.
#pragma once

#include "ServiceError.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace vman {

class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    bool isAcceptable() const;
    QString problem() const;
    // What the core says about an error, for people: a translated sentence.
    static QString describe(const ServiceError &error);
    static QString fieldLabel(const QString &field);
    // What a raw message from QEMU or the system means, in a sentence; empty when not known.
    static QString humanLeadIn(const QString &message);

protected:
    QFormLayout *form() const { return m_form; }
    // The current input checked against the core's rules; nullopt when acceptable.
    virtual std::optional<ServiceError> validate() const = 0;
    void revalidate();
    void showEvent(QShowEvent *event) override;

private:
    bool m_edited = false; // the user changed something since the dialog opened
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace vman
