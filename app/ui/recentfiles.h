// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

// The list of recently opened case files, most recent first, kept in QSettings. Only paths are
// stored — never a child's name or anything from inside a case.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 8;

    explicit RecentFiles(QSettings &settings, QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // "Don't remember recent files": the list is emptied and nothing is added while off.
    bool isRemembering() const { return m_remember; }
    void setRemembering(bool remember);

signals:
    void changed();

private:
    void save();

    QSettings &m_settings;
    QStringList m_paths;
    bool m_remember = true;
};
