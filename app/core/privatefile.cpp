// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

QString PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(bytes) == bytes.size() && file.commit())
        return {};
    // QSaveFile keeps no errno: the cause is read off the folder. One that is there and can be
    // written to took the file's first bytes, so what stopped it was room.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return tr("The PDF could not be saved: that folder is not there any more. Choose another "
                  "place.");
    // As this process would write (effective ids and capabilities), not as its real user.
    if (::faccessat(AT_FDCWD, QFile::encodeName(folder.absoluteFilePath()).constData(), W_OK,
                    AT_EACCESS) != 0)
        return tr("The PDF could not be saved: Belonging can't change that folder (it may be "
                  "read-only). Choose another place, such as your Documents folder.");
    return tr("The PDF could not be saved: the disk is full. Free some space, or choose another "
              "place.");
}
