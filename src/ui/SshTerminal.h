// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the user's terminal with an ssh command: which terminal program, with which
// arguments. Pure (tested); the window starts the process.
#pragma once

#include <QStringList>

#include <functional>
#include <optional>

namespace vman::ui {

struct TerminalCommand
{
    QString program;
    QStringList arguments;
};

// The terminal to run `ssh sshArguments` in: $TERMINAL if set, else Debian's
// x-terminal-emulator alternative, else the first known terminal installed. `find` looks a
// program up on PATH (QStandardPaths::findExecutable in the window).
std::optional<TerminalCommand> terminalFor(const QStringList &sshArguments, const QString &terminalVariable,
                                           const std::function<QString(const QString &)> &find);

} // namespace vman::ui
