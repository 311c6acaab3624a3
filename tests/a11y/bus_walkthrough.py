# SPDX-License-Identifier: GPL-3.0-or-later
"""A screen-reader user's first story, through the real AT-SPI bus (the interface Orca uses).

Starts a private desktop (atspi_session.py), runs the real app with Qt's accessibility bridge
on, and drives it only by key presses, reading back what the bus says at each step: the welcome
page, a new story, adding a person from the People menu, Tab round the map to that person,
adding a memory from the Timeline menu, browsing the timeline's lanes and opening the Books
tab. At every step no control a user can reach may be without a name, and no two controls in
a dialog may share an Alt key. Prints what a reader would announce at each step.

usage: bus_walkthrough.py PATH-TO-BELONGING [--keep-log FILE]
Exit 0 when every check passed; 1 with the failed checks listed."""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_session import AtspiSession  # noqa: E402

# Keys are pressed through the X server's test extension (xdotool), as a keyboard would.
# (The registry's own key synthesis sent a shortcut's Alt release out of order, so menus
# opened by Alt+letter closed again at once.)
XDOTOOL = "xdotool"


class Walkthrough:
    def __init__(self, app_path):
        self.app_path = app_path
        self.failures = []
        self.transcript = []
        self.focus_events = []
        self.checked_events = []

    # -- the bus ---------------------------------------------------------------------------
    def connect(self, env):
        # pyatspi finds the accessibility bus through the session bus: point it at ours first.
        for name in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "HOME"):
            os.environ[name] = env[name]
        import pyatspi  # noqa: E402
        from gi.repository import GLib  # noqa: E402
        self.pyatspi = pyatspi
        self.loop = GLib.MainContext.default()
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        # Listening also keeps the bus's cached states fresh: a reader says "checked" at once.
        pyatspi.Registry.registerEventListener(self._on_checked, "object:state-changed:checked")

    def _on_focus(self, event):
        if event.detail1 != 1:
            return
        try:
            self.focus_events.append(self.describe(event.source))
        except Exception:  # the object went away before we asked
            pass

    def _on_checked(self, event):
        try:
            self.checked_events.append((event.source.name, bool(event.detail1)))
        except Exception:
            pass

    def pump(self, seconds=0.4):
        end = time.time() + seconds
        while time.time() < end:
            while self.loop.iteration(False):
                pass
            time.sleep(0.02)

    def describe(self, obj):
        """What a screen reader says for an object: its label, name, role, states, then
        description."""
        states = obj.getState()
        said = [obj.name or "", obj.getRoleName()]
        try:
            for relation in obj.getRelationSet():
                if relation.getRelationType() == self.pyatspi.RELATION_LABELLED_BY:
                    label = relation.getTarget(0).name or ""
                    if label and label != obj.name:
                        said.insert(0, label)
        except Exception:
            pass
        if states.contains(self.pyatspi.STATE_CHECKABLE) or obj.getRoleName() in (
                "check box", "toggle button"):
            said.append("checked" if states.contains(self.pyatspi.STATE_CHECKED)
                        else "not checked")
        if obj.description:
            said.append(obj.description)
        return {"name": obj.name or "", "role": obj.getRoleName(),
                "description": obj.description or "", "text": ", ".join(s for s in said if s),
                "obj": obj}

    def find_app(self, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            desktop = self.pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == "Belonging":
                    return app
            self.pump(0.3)
        raise RuntimeError("Belonging never appeared on the accessibility bus")

    # -- keys ------------------------------------------------------------------------------
    def key(self, name, mods=(), wait=0.4, expect=None, timeout=15):
        """Presses a key; with `expect`, waits (on a slow machine, long) until the focused
        control matches it, instead of for a fixed time."""
        combo = "+".join([m.lower() if m != "Control" else "ctrl" for m in mods] + [name])
        before = len(self.focus_events)
        subprocess.run([XDOTOOL, "key", "--clearmodifiers", combo], env=self.env, check=True)
        if expect is None:
            self.pump(wait)
            return self.focused()
        end = time.time() + timeout
        while time.time() < end:
            self.pump(0.1)
            if len(self.focus_events) > before and expect(self.focus_events[-1]):
                self.pump(0.2)  # let the rest of the change arrive
                return self.focused()
        return self.focused()

    def type(self, text):
        subprocess.run([XDOTOOL, "type", "--delay", "30", text], env=self.env, check=True)
        self.pump(0.4)

    def focused(self):
        return self.focus_events[-1] if self.focus_events else None

    def tab_until(self, predicate, limit=60, backwards=False):
        """Tab until the focused control matches; returns everything announced on the way."""
        seen = []
        for _ in range(limit):
            self.key("Tab", mods=("Shift",) if backwards else (), wait=0.25)
            now = self.focused()
            if now:
                seen.append(now)
                if predicate(now):
                    return now, seen
        return None, seen

    # -- checks ----------------------------------------------------------------------------
    def check(self, ok, what):
        if not ok:
            self.failures.append(what)
            print("  FAILED:", what)
        return ok

    def say(self, step, text):
        self.transcript.append((step, text))
        print(f"  [{step}] {text}")

    def window(self, app, title=None, timeout=10):
        end = time.time() + timeout
        while time.time() < end:
            for i in range(app.childCount):
                w = app.getChildAtIndex(i)
                if w is None:
                    continue
                states = w.getState()
                if states.contains(self.pyatspi.STATE_ACTIVE) and (title is None or
                                                                   title in (w.name or "")):
                    return w
            self.pump(0.2)
        return None

    def walk(self, root, showing_only=True):
        stack = [root]
        while stack:
            obj = stack.pop()
            if obj is None:
                continue
            try:
                states = obj.getState()
                if showing_only and obj is not root and not states.contains(
                        self.pyatspi.STATE_SHOWING):
                    continue
                yield obj, states
                count = obj.childCount
                # Long lists (timeline items, table cells) are checked by their own steps.
                if count > 200:
                    continue
                for i in range(count - 1, -1, -1):
                    stack.append(obj.getChildAtIndex(i))
            except Exception:
                continue

    def unnamed_focusable(self, root, where):
        bad = []
        for obj, states in self.walk(root):
            if (states.contains(self.pyatspi.STATE_FOCUSABLE)
                    and states.contains(self.pyatspi.STATE_SHOWING)
                    and not (obj.name or "").strip()):
                path, up = [], obj
                while up is not None and up is not root:
                    path.append(f"{up.getRoleName()} '{up.name or ''}'")
                    up = up.parent
                kids = [obj.getChildAtIndex(i).getRoleName() for i in range(min(obj.childCount, 5))]
                bad.append(" < ".join(path) + f" (children: {kids})")
        self.check(not bad, f"{where}: focusable controls without a name: {bad}")
        self.say(where, f"{len(bad)} focusable controls without a name")

    def mnemonic_clashes(self, root, where):
        keys = {}
        for obj, states in self.walk(root):
            try:
                action = obj.queryAction()
            except NotImplementedError:
                continue
            for i in range(action.nActions):
                binding = action.getKeyBinding(i) or ""
                for part in binding.split(";"):
                    part = part.strip().lower()
                    # Alt mnemonics: Qt says "Alt+P" (Ctrl shortcuts are checked by the menus).
                    for prefix in ("alt+", "<alt>"):
                        if part.startswith(prefix) and len(part) == len(prefix) + 1:
                            keys.setdefault("Alt+" + part[-1].upper(), set()).add(obj.name)
        clashes = {k: sorted(v) for k, v in keys.items() if len(v) > 1}
        self.check(not clashes, f"{where}: Alt keys used twice: {clashes}")
        self.say(where, f"{len(keys)} Alt keys ({', '.join(sorted(keys))}), none used twice"
                 if not clashes else f"Alt keys used twice: {clashes}")
        return len(keys)

    def find(self, root, role=None, name=None, contains=None, showing=True):
        for obj, _ in self.walk(root, showing_only=showing):
            if role and obj.getRoleName() != role:
                continue
            if name is not None and obj.name != name:
                continue
            if contains is not None and contains not in (obj.name or ""):
                continue
            return obj
        return None

    # -- the walk --------------------------------------------------------------------------
    def run(self, session, log):
        app_proc = session.launch(
            [self.app_path],
            extra_env={"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                       "QT_ACCESSIBILITY": "1"},
            log=log)
        self.env = session.env
        self.connect(session.env)
        app = self.find_app()
        self.pump(1.5)

        print("Step 1: the welcome page")
        main = self.window(app, "Belonging")
        self.check(main is not None, "the main window is active")
        start = self.find(main, role="push button", name="Start a new life story")
        self.check(start is not None, "welcome: 'Start a new life story' is a named button")
        now, _ = self.tab_until(lambda f: f["name"] == "Start a new life story", limit=8)
        self.check(now is not None, "welcome: Tab reaches 'Start a new life story'")
        if now:
            self.say("welcome", now["text"])
        self.unnamed_focusable(main, "welcome")

        print("Step 2: a new story, by keyboard")
        # Return, as most people press first (it did nothing here; only Space worked).
        self.key("Return", expect=lambda f: f["role"] == "text")
        dialog = self.window(app)
        self.check(dialog is not None and dialog is not main, "new story: a dialog opens")
        now = self.focused()
        self.say("new story", now["text"] if now else "(nothing focused)")
        self.check(now is not None and now["role"] == "text" and "name" in now["name"].lower(),
                   "new story: the name field has focus and says what it is for")
        self.unnamed_focusable(dialog, "new story")
        self.mnemonic_clashes(dialog, "new story")
        self.type("Sam")
        self.key("Return", expect=lambda f: f["role"] in ("text", "password text"))
        now = self.focused()
        self.say("save as", now["text"] if now else "(nothing focused)")
        if now and now["name"].startswith("File name"):
            # Where to keep it: the suggested file is fine.
            self.key("Return", expect=lambda f: f["role"] == "password text")
        dialog = self.window(app)
        now = self.focused()
        self.say("passphrase", now["text"] if now else "(nothing focused)")
        self.unnamed_focusable(dialog, "passphrase")
        self.type("correct horse battery")
        self.key("Tab")
        self.type("correct horse battery")
        # The key is derived (about a second), then the story opens.
        self.key("Return", expect=lambda f: f["role"] != "password text", timeout=30)
        main = self.window(app, "Sam", timeout=30)
        self.check(main is not None, "the story opens, titled with the child's name")
        if main is None:
            return app_proc
        self.unnamed_focusable(main, "map")

        print("Step 3: add a person from the People menu")
        self.focus_events.clear()
        self.key("p", mods=("Alt",), expect=lambda f: f["role"] == "menu item"
                 and f["name"] != "People")
        item = self.focused()
        self.say("People menu", item["text"] if item else "(nothing)")
        self.check(item is not None and item["role"] == "menu item"
                   and item["name"].startswith("Add someone"),
                   "the People menu opens on 'Add someone…'")
        if item:
            try:
                binding = item["obj"].queryAction().getKeyBinding(0)
            except Exception:
                binding = ""
            self.say("People menu", f"key binding: {binding}")
            self.check("<Control><Shift>a" in binding.replace(" ", "") or
                       "Ctrl+Shift+A" in binding,
                       f"'Add someone…' tells its shortcut (got '{binding}')")
            # Every command in the menu has a shortcut a reader can hear ("Save as Picture…"
            # had none).
            menu = item["obj"].parent
            silent = []
            for i in range(menu.childCount if menu else 0):
                entry = menu.getChildAtIndex(i)
                if entry is None or entry.getRoleName() != "menu item" or not entry.name:
                    continue
                try:
                    keys = entry.queryAction().getKeyBinding(0)
                except Exception:
                    keys = ""
                if not keys:
                    silent.append(entry.name)
            self.check(not silent, f"every People menu command has a shortcut ({silent})")
        self.key("Return", expect=lambda f: f["role"] == "text")
        dialog = self.window(app)
        now = self.focused()
        self.say("person", now["text"] if now else "(nothing focused)")
        self.unnamed_focusable(dialog, "person")
        self.mnemonic_clashes(dialog, "person")
        self.type("Nana")
        # OK waits for who they are: a reader hears why, on the field being typed in.
        self.key("Return", wait=0.8)
        heard = self.describe(self.focused()["obj"])
        self.say("person", f"Return too early: {heard['text']}")
        self.check("Choose who they are" in heard["description"],
                   "a problem that keeps OK greyed out is said on the field")
        # "Who they are:" by its Alt key, then the first choice; "It feels:", then Strong;
        # "Contact:", then every week.
        self.key("t", mods=("Alt",))
        self.key("Down")
        self.say("person", self.focused()["text"])
        self.key("e", mods=("Alt",))
        self.say("person", self.focused()["text"])
        self.key("Down")
        self.key("c", mods=("Alt",))
        self.say("person", self.focused()["text"])
        for _ in range(3):
            self.key("Down", wait=0.15)
        self.key("Return", expect=lambda f: f["role"] != "combo box")
        main = self.window(app, "Sam")

        print("Step 4: Tab round to Nana on the map")
        self.focus_events.clear()
        nana, seen = self.tab_until(lambda f: f["name"].startswith("Nana"), limit=40)
        toolbar = [f for f in seen if f["role"] == "push button"
                   and f["name"].startswith("Add someone")]
        self.check(bool(toolbar), "Tab reaches the map's 'Add someone…' toolbar button")
        if toolbar:
            self.say("map toolbar", toolbar[0]["text"])
            self.check("Ctrl+Shift+A" in toolbar[0]["description"],
                       "the toolbar button says its shortcut")
        self.check(nana is not None, "Tab reaches Nana on the map, with a real focus event")
        if nana:
            self.say("map", nana["text"])
            self.check(nana["role"] == "list item", "Nana is a list item of the map")
            self.check("It feels: Strong" in nana["description"]
                       and "Every week" in nana["description"],
                       f"Nana says how the tie feels and how often they meet "
                       f"('{nana['description']}')")
            # Tab goes on out of the map (it used to go round the cards for ever), and
            # Shift+Tab comes back in to the person, not to a bare "map".
            out = self.key("Tab", expect=lambda f: f["role"] != "list item")
            self.say("map", f"Tab after the last person: {out['text'] if out else '(nothing)'}")
            self.check(out is not None and out["role"] != "list item",
                       "Tab after the last person leaves the map")
            self.focus_events.clear()
            back = self.key("Tab", mods=("Shift",), expect=lambda f: f["role"] == "list item")
            self.say("map", "Shift+Tab back: " + " / ".join(f["text"] for f in self.focus_events))
            self.check(back is not None and back["name"].startswith("Nana"),
                       "Shift+Tab back into the map lands on the person")
            the_map = nana["obj"].parent
            first = the_map.getChildAtIndex(0) if the_map else None
            self.check(first is not None and first.name == "Sam, at the centre of the map",
                       "the map's list starts with the child at the centre")
            if first:
                self.say("map", f"first item: {first.name}, {first.getRoleName()}")

        print("Step 5: add a memory from the Timeline menu")
        self.key("2", mods=("Control",), wait=0.8)
        self.key("t", mods=("Alt",), expect=lambda f: f["role"] == "menu item"
                 and f["name"] != "Timeline")
        item = self.focused()
        self.say("Timeline menu", item["text"] if item else "(nothing)")
        self.check(item is not None and item["name"].startswith("Add a memory"),
                   "the Timeline menu opens on 'Add a memory…'")
        self.key("Return", expect=lambda f: f["role"] == "text")
        dialog = self.window(app)
        self.unnamed_focusable(dialog, "memory")
        self.check(self.mnemonic_clashes(dialog, "memory") >= 4,
                   "the memory dialog's Alt keys can be read from the bus")
        self.type("Feeding the ducks")
        self.key("w", mods=("Alt",))
        self.type("summer 2018")
        face, _ = self.tab_until(lambda f: f["name"] == "Happy", limit=10)
        self.check(face is not None and face["description"] == "How did it feel?",
                   "the feeling faces say their question")
        if face:
            self.say("memory", face["text"])
            self.key("space")
        self.key("h", mods=("Alt",))  # "Who was there:"
        box = self.focused()
        self.check(box is not None and box["role"] == "check box",
                   "'Who was there' lists Nana as a check box")
        if box:
            self.say("memory", box["text"])
            self.check("not checked" in box["text"],
                       "Nana's box says it is not checked (the Alt key only moved to it)")
            self.checked_events.clear()
            self.key("space", wait=0.8)
            end = time.time() + 10
            while ("Nana", True) not in self.checked_events and time.time() < end:
                self.pump(0.1)
            after = self.describe(box["obj"])
            self.say("memory", after["text"])
            self.check(("Nana", True) in self.checked_events and ", checked" in after["text"],
                       "space ticks Nana's box, and the reader hears it")
        self.key("Return", expect=lambda f: f["role"] != "check box")

        # A second memory by its shortcut, so the lanes have somewhere to move to.
        self.key("m", mods=("Control", "Shift"),
                 expect=lambda f: f["name"] == "What to call this memory")
        now = self.focused()
        self.check(now is not None and now["name"] == "What to call this memory",
                   "Ctrl+Shift+M opens a new memory at its name")
        self.type("Going to the beach")
        self.key("w", mods=("Alt",))
        self.type("August 2019")
        self.key("Return", expect=lambda f: f["role"] != "text")

        print("Step 6: browse the timeline's lanes")
        main = self.window(app, "Sam")
        lanes = self.find(main, role="list", name="Timeline")
        self.check(lanes is not None, "the timeline lanes are a list named 'Timeline'")
        if lanes:
            names = [lanes.getChildAtIndex(i).name for i in range(min(lanes.childCount, 50))]
            self.say("lanes", f"{lanes.childCount} items: {names}")
            self.check(any(n.startswith("Memory: Feeding the ducks") for n in names),
                       "the lanes list the new memory")
        clear = self.find(main, role="push button", name="Clear the search", showing=False)
        self.check(clear is not None, "the search field's clear button has a name")
        self.focus_events.clear()
        found, seen = self.tab_until(lambda f: f["name"] == "Timeline" and f["role"] == "list",
                                  limit=40)
        self.check(found is not None, "Tab reaches the timeline lanes")
        self.focus_events.clear()
        self.key("Home")
        for _ in range(3):
            self.key("Right")
        heard = [f["text"] for f in self.focus_events]
        for text in heard:
            self.say("lanes", text)
        cells = [f for f in self.focus_events if f["role"] in ("table cell", "table")]
        self.check(not cells, f"browsing the lanes does not move the reader into the table "
                              f"({[c['text'] for c in cells]})")
        self.check(any(f["name"].startswith("Memory: Feeding the ducks")
                       for f in self.focus_events) and
                   any(f["name"].startswith("Memory: Going to the beach")
                       for f in self.focus_events),
                   "browsing the lanes announces each memory in turn")

        print("Step 7: the Books tab")
        self.key("5", mods=("Control",), wait=1.0)
        book = self.find(main, role="radio button", contains="A life-story book")
        self.check(book is not None, "the Books tab offers the child's book")
        now, _ = self.tab_until(lambda f: f["role"] == "radio button", limit=20)
        if now:
            self.say("books", now["text"])
        self.unnamed_focusable(main, "books")
        self.mnemonic_clashes(main, "books")

        print("Step 8: the later life letter")
        self.key("6", mods=("Control",), wait=1.0)
        parts = self.find(main, role="list", name="Parts of the letter")
        self.check(parts is not None, "the letter's parts are a list named 'Parts of the letter'")
        now = self.key("p", mods=("Alt",), expect=lambda f: f["name"] == "Parts of the letter")
        self.check(now is not None and now["name"] == "Parts of the letter",
                   "Alt+P reaches the parts of the letter")
        # A draft from the facts lands in the words, which say they are a draft.
        now = self.key("c", mods=("Alt",), expect=lambda f: f["name"] == "You and your birth")
        if now:
            self.say("letter", now["text"])
        self.check(now is not None and now["name"] == "You and your birth" and
                   "draft" in now["description"],
                   "the words are named for their part and say they are a draft")
        self.unnamed_focusable(main, "letter")
        self.mnemonic_clashes(main, "letter")
        return app_proc


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    app_path = os.path.abspath(sys.argv[1])
    log = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--keep-log" else None
    session = AtspiSession()
    walk = Walkthrough(app_path)
    app_proc = None
    try:
        session.start()
        app_proc = walk.run(session, log or os.path.join(session.root, "app.log"))
    except Exception as e:  # a broken step is a failure, with everything still stopped
        walk.failures.append(f"the walk stopped: {e!r}")
        print("ERROR:", repr(e))
    finally:
        if app_proc is not None and app_proc.poll() is not None and app_proc.returncode:
            walk.failures.append(f"the app exited with {app_proc.returncode}")
        session.stop()
    print()
    print("What a screen reader announced:")
    for step, text in walk.transcript:
        print(f"  {step}: {text}")
    if walk.failures:
        print(f"\n{len(walk.failures)} check(s) failed:")
        for f in walk.failures:
            print("  -", f)
        return 1
    print("\nEvery check passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
