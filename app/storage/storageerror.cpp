// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

#include <sqlite3.h>

QString StorageError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::WrongPassphrase:
        return tr("That passphrase does not open this life story. Check for Caps Lock and try "
                  "again.");
    case Kind::NotABelongingFile:
        return tr("This file is not a Belonging life story, so it cannot be opened here.");
    case Kind::NewerVersion:
        return tr("This life story was saved by a newer version of Belonging. Please update "
                  "Belonging to open it.");
    case Kind::Damaged:
        return tr("This life story file is damaged and cannot be read safely. If you have a "
                  "copy or a backup, open that instead.");
    case Kind::AlreadyOpen:
        return tr("This life story is already open, in this window or another one. Close it "
                  "there first.");
    case Kind::ReadOnlyLocation:
        return tr("Belonging can't save in that place. Choose a folder you are allowed to "
                  "change, such as your Documents folder.");
    case Kind::DiskFull:
        return tr("The disk is full, so the last change was not saved. Free some space and "
                  "try again.");
    case Kind::FileMissing:
        return tr("The life story file was moved or deleted while it was open, so the last "
                  "change was not saved. Use Save a Copy to keep your work.");
    case Kind::FileExists:
        return tr("There is already a file with that name. Choose another name.");
    case Kind::NotFound:
        return tr("That item is no longer in this life story.");
    case Kind::Io:
        return tr("Belonging could not read or write the life story file. Check the disk and "
                  "try again.");
    case Kind::CannotUpdateHere:
        return tr("This life story was saved by an older version of Belonging and needs a small "
                  "update before it opens, but Belonging can't write where it is: the disk may "
                  "be full or read-only. Nothing has been changed. Free some space, or copy the "
                  "file to your Documents folder, and open it again.");
    }
    return {};
}

StorageError StorageError::fromSqlite(int code, const QString &detail)
{
    switch (code & 0xFF) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return {};
    case SQLITE_NOTADB:
        return {Kind::WrongPassphrase, detail};
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return {Kind::Damaged, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Kind::AlreadyOpen, detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {Kind::ReadOnlyLocation, detail};
    case SQLITE_FULL:
        return {Kind::DiskFull, detail};
    default:
        return {Kind::Io, detail};
    }
}
