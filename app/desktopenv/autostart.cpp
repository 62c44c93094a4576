#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace actidesk {

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/io.github.actidesk.ActiDesk.desktop"_s;
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

QString Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return tr("ActiDesk cannot stop starting at login: %1 cannot be removed.").arg(path);
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("ActiDesk cannot start at login: the folder %1 cannot be created.")
            .arg(QFileInfo(path).absolutePath());
    // The installed command when this is the installed one, else this very executable.
    const QString self = QCoreApplication::applicationFilePath();
    const QString installed = QStandardPaths::findExecutable(u"actidesk"_s);
    const QString command = !installed.isEmpty()
            && QFileInfo(installed).canonicalFilePath() == QFileInfo(self).canonicalFilePath()
        ? u"actidesk"_s
        : u"\"%1\""_s.arg(self);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("ActiDesk cannot start at login: %1").arg(file.errorString());
    const QString entry = u"[Desktop Entry]\n"
                          u"Type=Application\n"
                          u"Name=ActiDesk\n"
                          u"Comment=actiTIME timesheet in the tray\n"
                          u"Exec=%1\n"
                          u"Icon=io.github.actidesk.ActiDesk\n"
                          u"Terminal=false\n"
                          u"X-GNOME-Autostart-enabled=true\n"_s.arg(command);
    file.write(entry.toUtf8());
    if (!file.commit())
        return tr("ActiDesk cannot start at login: %1").arg(file.errorString());
    return {};
}

} // namespace actidesk
