// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_paths(settings.value(kKey).toStringList())
    , m_remember(settings.value(QStringLiteral("privacy/rememberRecentFiles"), true).toBool())
{
    if (!m_remember)
        m_paths.clear();
    while (m_paths.size() > kMaxEntries)
        m_paths.removeLast();
}

void RecentFiles::setRemembering(bool remember)
{
    m_remember = remember;
    m_settings.setValue(QStringLiteral("privacy/rememberRecentFiles"), remember);
    if (!remember)
        clear();
}

void RecentFiles::add(const QString &path)
{
    if (!m_remember)
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    while (m_paths.size() > kMaxEntries)
        m_paths.removeLast();
    save();
}

void RecentFiles::remove(const QString &path)
{
    if (m_paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        save();
}

void RecentFiles::clear()
{
    if (m_paths.isEmpty())
        return;
    m_paths.clear();
    save();
}

void RecentFiles::save()
{
    m_settings.setValue(kKey, m_paths);
    emit changed();
}
