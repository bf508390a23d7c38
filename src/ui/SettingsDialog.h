// SPDX-License-Identifier: GPL-3.0-or-later
// VMAN's settings, stored with QSettings and read at the next start. A setting fixed by an
// environment variable (or .env) is shown read-only, with the reason.
#pragma once

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QProcessEnvironment>

class QLabel;
class QWidget;

namespace vman {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr,
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                            const QMap<QString, QString> &dotEnv = {});

    // The variables this dialog edits, in order.
    static QStringList variables();
    // What is stored, as VMAN_* variable -> value (the lowest-priority layer of the configuration).
    static QMap<QString, QString> stored();
    // Names the application for QSettings and QStandardPaths: the settings live in
    // ~/.config/vman/vman.conf (without an organization Qt used "Unknown Organization").
    static void setApplicationIdentity();
    // Settings an older VMAN stored under "Unknown Organization" move to the new place once.
    static void migrateLegacySettings();

    void setValue(const QString &variable, const QString &value);
    QString value(const QString &variable) const;
    bool isFixed(const QString &variable) const;
    void save();

private:
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_fixedBy;
};

} // namespace vman
