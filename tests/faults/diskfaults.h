// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The faults of a family laptop, made real for a test: a disk with no room left, and a folder
// (a write-protected memory stick) that cannot be changed.
#include <QDir>
#include <QFile>
#include <QString>

#include <csignal>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace DiskFaults {

// While it lives, no file this process writes may grow past `bytes` — to the program, exactly
// a disk that fills up at that point (the write fails, nothing kills it).
class FullDisk
{
public:
    explicit FullDisk(qint64 bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit small = m_old;
        small.rlim_cur = rlim_t(bytes);
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &small) == 0;
    }
    ~FullDisk() { lift(); }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool ok() const { return m_ok; }
    void lift()
    {
        if (m_ok)
            setrlimit(RLIMIT_FSIZE, &m_old);
        m_ok = false;
    }

private:
    rlimit m_old{};
    bool m_ok = false;
};

// While it lives, `folder` and the files in it cannot be written, as on read-only media.
// Permissions are what make it so; a test run as root (CI's containers) would walk past them,
// so this thread also sets aside the capabilities that override them, as a carer's own account
// never has them.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &folder)
        : m_folder(folder)
    {
        for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
            QFile::setPermissions(QDir(folder).filePath(name),
                                  QFileDevice::ReadOwner | QFileDevice::ReadUser);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadUser | QFileDevice::ExeUser);
        if (::geteuid() == 0)
            m_capabilitiesSetAside = setOverrides(false);
    }
    ~ReadOnlyFolder()
    {
        if (m_capabilitiesSetAside)
            setOverrides(true);
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
        for (const QString &name : QDir(m_folder).entryList(QDir::Files | QDir::Hidden))
            QFile::setPermissions(QDir(m_folder).filePath(name),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    // True when writing there really fails (checked by trying), so a test cannot pass by
    // accident on a machine where the folder stayed writable.
    bool holds() const
    {
        QFile probe(QDir(m_folder).filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            return false;
        }
        return true;
    }

private:
    // Adds or removes DAC_OVERRIDE and FOWNER in this thread's effective set (the permitted
    // set keeps them, so they come back).
    static bool setOverrides(bool on)
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[2]{};
        if (::syscall(SYS_capget, &header, data) != 0)
            return false;
        const __u32 bits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_FOWNER);
        data[0].effective =
            on ? (data[0].effective | (data[0].permitted & bits)) : (data[0].effective & ~bits);
        return ::syscall(SYS_capset, &header, data) == 0;
    }

    QString m_folder;
    bool m_capabilitiesSetAside = false;
};

} // namespace DiskFaults
