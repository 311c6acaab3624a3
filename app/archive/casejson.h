// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"

#include <QCoreApplication>
#include <QJsonObject>

// The open form of a whole case: a versioned case.json (see docs/case-json.md and
// docs/case.schema.json) whose pictures are named files beside it. Ids in the JSON are the
// case's own, used only to link records to each other inside the file.
class CaseJson
{
    Q_DECLARE_TR_FUNCTIONS(CaseJson)

public:
    static constexpr int kVersion = 1;
    static QString format() { return QStringLiteral("belonging-case"); }

    // The file name each picture has in the archive ("media/12.jpg").
    static QString mediaFileName(const Media &media);

    // Everything but the pictures' bytes; media entries name their files.
    static QJsonObject toJson(const CaseContent &content);

    struct Parsed
    {
        CaseContent content;    // media without bytes: the reader fills them from the files
        QStringList mediaFiles; // by media, in order
        QString error;          // plain, never quoting the file's content
        bool newerVersion = false;
        bool notACase = false; // some other JSON altogether
    };
    // Strict: anything of the wrong type, a missing required field, an unknown enum value, a
    // duplicate id or a link to an id that is not there is an error, not a guess.
    static Parsed fromJson(const QJsonObject &json);
};
