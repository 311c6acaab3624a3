// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casecontent.h"

#include <QCoreApplication>
#include <QSize>

// demo: a fictional but realistic life story ("Maisie", 11) that exercises every feature —
// placements with a move at short notice, siblings placed apart, supervised family time, a
// kinship carer, a change of social worker, memories with pictures drawn by code, chronology
// events and sensitive fields — plus a generator of cases of any size for tests and benchmarks.
class DemoCase
{
    Q_DECLARE_TR_FUNCTIONS(DemoCase)

public:
    // The demo is dated relative to a fixed "today" so tests and screenshots are stable.
    static QDate referenceDate() { return QDate(2026, 11, 1); }
    static CaseContent build();

    struct Size
    {
        int people = 30;
        int memories = 100;
        int photos = 20;
        int placements = 5;
        QSize photoSize = QSize(640, 480);
    };
    // A synthetic case for tests and benchmarks; deterministic for a given size.
    static CaseContent generate(const Size &size);

    // A picture drawn by code (no files needed), encoded as JPEG; theme picks the scene.
    static QByteArray drawPicture(int theme, const QSize &size, const QString &caption = {});
    static QByteArray thumbnailOf(const QByteArray &picture);
};
