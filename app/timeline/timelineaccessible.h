// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screen readers see the timeline as a list of what happened, in time order: each place lived,
// memory and event is an item named as its tooltip says it ("Memory: Going to the beach,
// summer 2015"), with where it is drawn and whether it is the chosen one.
namespace TimelineAccessible {
// Registers the accessibility factory for TimelineView (once per application).
void install();
} // namespace TimelineAccessible
