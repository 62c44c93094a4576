#pragma once

#include <QCoreApplication>
#include <QString>

namespace actidesk {

// "Start at login" the freedesktop way: an entry in $XDG_CONFIG_HOME/autostart that every
// desktop (GNOME, KDE, Xfce, …) starts at login.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::Autostart)
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; empty when done, else a sentence for the user.
    [[nodiscard]] static QString setEnabled(bool enabled);
};

} // namespace actidesk
