// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Row ids as stored in the case file. 0 means "not stored yet"; in a relationship it also
// stands for the child, who is the centre of every case.
using ItemId = qint64;
inline constexpr ItemId kNoId = 0;
inline constexpr ItemId kChildId = 0;
