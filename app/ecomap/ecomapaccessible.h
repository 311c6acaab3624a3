// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screen readers see the map as a list: the view's accessible children are the people on it,
// in the order Tab visits them, each with their name and role, where they are on screen,
// and whether they are chosen.
namespace EcomapAccessible {
// Registers the accessibility factory for EcomapView (once per application).
void install();
} // namespace EcomapAccessible
