// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class EcomapView;
class PersonItem;

// Screen readers see the map as a list: first the child at the centre, then the people on it
// in the order Tab visits them, each with their name and role, how the relationship feels
// and how often they meet, where they are on screen, and whether they are chosen.
namespace EcomapAccessible {
// Registers the accessibility factory for EcomapView (once per application).
void install();
// Tells screen readers that this person now has focus (cards are not widgets, so Qt cannot).
void focusPerson(EcomapView *view, PersonItem *card);
} // namespace EcomapAccessible
