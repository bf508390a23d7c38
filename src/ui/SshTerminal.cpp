// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTerminal.h"

namespace vman::ui {

std::optional<TerminalCommand> terminalFor(const QStringList &sshArguments, const QString &terminalVariable,
                                           const std::function<QString(const QString &)> &find)
{
    const QStringList command = QStringList{QStringLiteral("ssh")} + sshArguments;
    // How each terminal takes a command: Debian policy makes `x-terminal-emulator -e CMD ARGS...`
    // work for every registered terminal; the others have their own ways.
    auto make = [&command](const QString &path, const QString &name) -> TerminalCommand {
        if (name == QLatin1String("gnome-terminal") || name == QLatin1String("kgx"))
            return {path, QStringList{QStringLiteral("--")} + command};
        if (name == QLatin1String("xfce4-terminal") || name == QLatin1String("mate-terminal"))
            return {path, QStringList{QStringLiteral("-x")} + command};
        if (name == QLatin1String("lxterminal") || name == QLatin1String("qterminal"))
            return {path, {QStringLiteral("-e"), command.join(QLatin1Char(' '))}}; // one string, split by the terminal
        return {path, QStringList{QStringLiteral("-e")} + command};
    };
    QStringList candidates;
    if (!terminalVariable.trimmed().isEmpty())
        candidates << terminalVariable.trimmed();
    candidates << QStringLiteral("x-terminal-emulator") << QStringLiteral("gnome-terminal") << QStringLiteral("konsole") << QStringLiteral("kgx")
               << QStringLiteral("xfce4-terminal") << QStringLiteral("mate-terminal") << QStringLiteral("lxterminal") << QStringLiteral("qterminal")
               << QStringLiteral("xterm");
    for (const QString &name : std::as_const(candidates)) {
        const QString path = find(name);
        if (!path.isEmpty())
            return make(path, name.section(QLatin1Char('/'), -1));
    }
    return std::nullopt;
}

} // namespace vman::ui
