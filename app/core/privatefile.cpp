// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefile.h"

#include <QSaveFile>

bool PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(bytes) == bytes.size() && file.commit();
}
