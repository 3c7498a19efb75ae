#!/usr/bin/python3
"""Careleaf as a screen reader meets it: the real application's AT-SPI tree, walked with pyatspi.

Started by run-atspi-test.sh on a virtual display with a session bus and the accessibility bus.
Starts careleaf (its sample library), then checks, in the main window and the handout composer:
  - no focusable object without a name, and no focusable container (a Tab stop that is nothing);
  - combo boxes named for what they choose, not by their current value;
  - the tab bar named for what it holds; each tab's own state: enabled exactly when its section
    view has text, showing unless hidden, exactly one selected, and that one the view on screen;
  - the section views are read-only text whose words can be read (the Text interface);
  - every row of the result list has its second line as a description;
  - a changing status (the number of matches, a search correction, the reading level and page
    count of a handout, why nothing is printed, the window's title) reaches the screen reader as
    an event carrying the new text;
  - moving into the result list, the last focus told is a row's, not the list's.
Prints every problem found and a summary by kind; exits 1 if there is any.
Usage: atspi-test.py CARELEAF
"""

import ctypes
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP = sys.argv[1]
problems = {}  # kind -> [description]


def problem(kind, text):
    problems.setdefault(kind, []).append(text)
    print(f"PROBLEM [{kind}] {text}", flush=True)


def pump(seconds):
    """Lets events arrive: runs the GLib main loop pyatspi delivers them on."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def wait_for(predicate, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        pump(0.1)
    return None


# Xlib's error handler, kept alive as long as Xlib may call it.
X_ERRORS_IGNORED = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda display, error: 0)


def activate_window():
    """Gives the largest top-level window of the display the keyboard, as a window manager would
    (there is none here): Qt tells focus only in an active window."""
    x11 = ctypes.CDLL("libX11.so.6")
    pointer, window = ctypes.c_void_p, ctypes.c_ulong
    x11.XOpenDisplay.restype = pointer
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = window
    x11.XDefaultRootWindow.argtypes = [pointer]
    x11.XQueryTree.argtypes = [pointer, window] + [pointer] * 4
    x11.XGetGeometry.argtypes = [pointer, window] + [pointer] * 7
    x11.XSetInputFocus.argtypes = [pointer, window, ctypes.c_int, window]
    x11.XSync.argtypes = [pointer, ctypes.c_int]
    x11.XFree.argtypes = [pointer]
    x11.XCloseDisplay.argtypes = [pointer]
    x11.XSetErrorHandler.restype = pointer
    x11.XSetErrorHandler.argtypes = [pointer]
    display = x11.XOpenDisplay(None)
    if not display:
        return
    # An unmapped window refuses the focus: no reason to stop.
    previous = x11.XSetErrorHandler(ctypes.cast(X_ERRORS_IGNORED, pointer))
    root, parent, children, count = window(), window(), ctypes.POINTER(window)(), ctypes.c_uint()
    x11.XQueryTree(display, x11.XDefaultRootWindow(display), ctypes.byref(root), ctypes.byref(parent),
                   ctypes.byref(children), ctypes.byref(count))
    areas = []
    for i in range(count.value):
        geometry = [window(), ctypes.c_int(), ctypes.c_int()] + [ctypes.c_uint() for _ in range(4)]
        if x11.XGetGeometry(display, children[i], *[ctypes.byref(g) for g in geometry]):
            areas.append((geometry[3].value * geometry[4].value, children[i]))
    if children:
        x11.XFree(children)
    if areas:
        x11.XSetInputFocus(display, max(areas)[1], 2, 0)  # RevertToParent, CurrentTime
    x11.XSync(display, 0)
    x11.XSetErrorHandler(previous)
    x11.XCloseDisplay(display)


def states(obj):
    return set(obj.getState().getStates())


def has(obj, state):
    return obj.getState().contains(state)


def role(obj):
    return obj.getRoleName()


def describe(obj):
    """The object and the path to it: "filler '' in filler 'Print preview' in dialog 'Handout'"."""
    parts = [f"{role(obj)} {obj.name!r}"]
    try:
        parent = obj.parent
        while parent is not None and role(parent) != "application" and len(parts) < 5:
            parts.append(f"{role(parent)} {parent.name!r}")
            parent = parent.parent
    except Exception:  # noqa: BLE001 - a vanished parent ends the path
        pass
    return " in ".join(parts)


def walk(obj, depth=0):
    """Every object below obj, obj first; skips children of a huge table or list past 200."""
    yield obj
    if depth > 40:
        return
    for i in range(min(obj.childCount, 200)):
        child = obj.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def find(root, predicate, timeout=10.0):
    return wait_for(lambda: next((o for o in walk(root) if predicate(o)), None), timeout)


# Roles a keyboard user can act on; a focusable object of another role (a filler, a panel, a
# label) is an empty Tab stop.
ACTIONABLE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "list", "list item", "table", "table cell", "tree", "tree table", "tree item",
    "page tab", "page tab list", "spin button", "slider", "menu item", "check menu item",
    "radio menu item", "date editor", "scroll bar", "document text", "document frame", "link",
    "canvas", "image",
}


def check_focusable(root, where):
    for obj in walk(root):
        if not has(obj, pyatspi.STATE_FOCUSABLE):
            continue
        if not (obj.name or "").strip():
            problem("unnamed focusable object", f"{where}: {describe(obj)}")
        if role(obj) not in ACTIONABLE:
            problem("focusable container", f"{where}: {describe(obj)} is a Tab stop with nothing to do")


def check_combos(root, where):
    for combo in (o for o in walk(root) if role(o) == "combo box"):
        current = set()
        for item in walk(combo):
            if role(item) == "list item" and has(item, pyatspi.STATE_SELECTED):
                current.add(item.name)
        if not combo.name:
            problem("unnamed focusable object", f"{where}: a combo box without a name")
        elif combo.name in current:
            problem("wrong name", f"{where}: combo box named by its current value {combo.name!r}")


class Events:
    """What the application sends a screen reader, as it receives them. A status is heard where the
    keyboard is not as a notification appearing (Orca speaks those; a label's new name it speaks
    only where the keyboard is)."""

    def __init__(self):
        self.seen = []
        for kind in ("object:property-change:accessible-name", "object:text-changed",
                     "object:state-changed:showing"):
            pyatspi.Registry.registerEventListener(self.on_event, kind)

    def on_event(self, event):
        try:
            if event.type.startswith("object:state-changed:showing") and not event.detail1:
                return
            text = str(event.any_data) if event.type.startswith("object:text-changed") else event.source.name
            self.seen.append((event.type, role(event.source), text or ""))
        except Exception:  # noqa: BLE001 - the source may be gone already
            pass

    def clear(self):
        pump(0.3)
        self.seen.clear()

    def wait(self, what, accept, timeout=10.0):
        """A notification whose text satisfies accept."""
        found = wait_for(lambda: next((e for e in self.seen if e[1] == "notification" and accept(e[2])), None),
                         timeout)
        if not found:
            said = sorted({e[2] for e in self.seen if e[1] == "notification"})
            labels = sorted({e[2] for e in self.seen if e[1] == "label"})
            problem("silent status change", f"{what}: no notification reached the screen reader (notifications: "
                                           f"{said}; labels whose name changed: {labels})")
        return found


def check_notifications_as_orca_hears_them(search):
    """Each status heard with its own words in libatspi's main loop, as Orca runs it (pyatspi's
    Registry.start()), where a name read once is kept until the application says it changed: the
    first status was heard again in place of every later one."""
    heard = []

    def on_show(event):
        try:
            if event.detail1 and role(event.source) == "notification":
                heard.append(event.source.name)
        except Exception:  # noqa: BLE001 - the source may be gone already
            pass

    queries = ["magnesium", "magnesum", "infusion"]
    waiting = list(queries)

    def next_query():
        if waiting:
            search.queryEditableText().setTextContents(waiting.pop(0))
            return True
        pyatspi.Registry.stop()
        return False

    pyatspi.Registry.registerEventListener(on_show, "object:state-changed:showing")
    GLib.timeout_add(2500, next_query)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(on_show, "object:state-changed:showing")
    for query in queries:
        if not any(f"\u201c{query}\u201d" in text for text in heard):
            problem("silent status change", f"typing {query!r}: Orca heard {heard!r}")


def section_views(window):
    return {o.name: o for o in walk(window) if role(o) == "text" and o.parent is not None
            and role(o.parent) == "layered pane"}


def check_tabs(window, where):
    bars = [o for o in walk(window) if role(o) == "page tab list" and o.name == "Procedure sections"]
    if not bars:
        bars = [o for o in walk(window) if role(o) == "page tab list"]
        problem("wrong name", f"{where}: the section tab bar is named {[b.name for b in bars]}, not for what it holds")
        if not bars:
            return
    bar = bars[0]
    if not has(bar, pyatspi.STATE_FOCUSABLE):
        problem("wrong state", f"{where}: the section tab bar cannot take focus")
    views = section_views(window)
    tabs = [bar.getChildAtIndex(i) for i in range(bar.childCount)]
    tabs = [t for t in tabs if t is not None and role(t) == "page tab"]
    selected = [t for t in tabs if has(t, pyatspi.STATE_SELECTED)]
    if len(selected) != 1:
        problem("wrong state", f"{where}: {len(selected)} tabs report selected, one should")
    for tab in tabs:
        view = views.get(tab.name)
        if view is None:
            problem("wrong name", f"{where}: tab {tab.name!r} has no section view of the same name")
            continue
        if role(view) != "text" or has(view, pyatspi.STATE_EDITABLE):
            problem("wrong role", f"{where}: section view {view.name!r} is {role(view)}, editable="
                                  f"{has(view, pyatspi.STATE_EDITABLE)}; read-only text expected")
        try:
            length = view.queryText().characterCount
        except NotImplementedError:
            problem("wrong role", f"{where}: section view {view.name!r} offers no text to read")
            continue
        enabled = has(tab, pyatspi.STATE_ENABLED) and has(tab, pyatspi.STATE_SENSITIVE)
        showing = has(tab, pyatspi.STATE_SHOWING)
        if enabled != (length > 0):
            problem("wrong state", f"{where}: tab {tab.name!r} reports enabled={enabled}, its section has "
                                   f"{length} characters")
        if tab.name == "Other" and showing and length == 0:
            problem("wrong state", f"{where}: the hidden tab 'Other' reports showing")
        if has(tab, pyatspi.STATE_SELECTED) != has(view, pyatspi.STATE_SHOWING):
            problem("wrong state", f"{where}: tab {tab.name!r} selected={has(tab, pyatspi.STATE_SELECTED)}, "
                                   f"but its view showing={has(view, pyatspi.STATE_SHOWING)}")
    if selected and bar.name == selected[0].name:
        problem("wrong name", f"{where}: the tab bar is named after its current tab {bar.name!r}")


def toggle(row):
    action = row.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if "Toggle" not in names:
        problem("missing", f"row {row.name!r} offers no action to choose it (it offers {names})")
        return
    action.doAction(names.index("Toggle"))


def choose(row):
    """Selects one list row as a screen reader user can: the rows' Toggle actions (Qt 6.4 lists
    offer no Selection interface), first unselecting the rows selected before."""
    rows = row.parent
    for i in range(rows.childCount):
        other = rows.getChildAtIndex(i)
        if other is not None and role(other) == "list item" and has(other, pyatspi.STATE_SELECTED):
            toggle(other)
    toggle(row)


def check_rows(result_list, where):
    rows = [result_list.getChildAtIndex(i) for i in range(result_list.childCount)]
    rows = [r for r in rows if r is not None and role(r) == "list item"]
    if not rows:
        problem("missing", f"{where}: the result list has no rows")
    for row in rows:
        if not (row.description or "").strip():
            problem("second line not told", f"{where}: row {row.name!r} has no description")


def main():
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    app_process = subprocess.Popen([APP], env=env)
    try:
        run()
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    print("\nSummary (problems by kind):")
    for kind in ("unnamed focusable object", "focusable container", "wrong name", "wrong state", "wrong role",
                 "second line not told", "silent status change", "missing"):
        print(f"  {kind:28} {len(problems.get(kind, []))}")
    if problems:
        sys.exit(1)
    print("atspi-test: the screen reader finds every control named, in its true state, and hears every status")


def run():
    def careleaf():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "Careleaf" and app.childCount > 0:
                return app
        return None

    app = wait_for(careleaf, 40)
    if not app:
        problem("missing", "Careleaf never appeared on the accessibility bus")
        return
    window = find(app, lambda o: role(o) == "frame")
    search = find(window, lambda o: role(o) == "text" and has(o, pyatspi.STATE_EDITABLE))
    result_list = find(window, lambda o: role(o) == "list" and o.name == "Matching procedures")
    if not (window and search and result_list):
        problem("missing", "no main window, search field or result list")
        return
    wait_for(lambda: result_list.childCount > 0)
    events = Events()

    check_focusable(window, "main window")
    check_combos(window, "main window")
    check_rows(result_list, "main window, empty search")
    check_tabs(window, "main window, no procedure chosen")

    # Typing a query: the match count speaks.
    events.clear()
    search.queryEditableText().setTextContents("magnesium")
    events.wait("the number of matches", lambda text: "magnesium" in text and any(c.isdigit() for c in text))
    check_rows(result_list, "main window, searched")
    # A misspelling: the correction speaks.
    events.clear()
    search.queryEditableText().setTextContents("magnesum")
    events.wait("the search correction", lambda text: "results for magnesium" in text)
    events.clear()
    search.queryEditableText().setTextContents("")
    wait_for(lambda: result_list.childCount >= 2)

    # Each procedure in turn: the tabs tell their true state, and the window's new title (the
    # procedure's name) is told: Orca keeps the name it read first, and named another procedure.
    for i in range(result_list.childCount):
        row = result_list.getChildAtIndex(i)
        events.clear()
        choose(row)
        if not wait_for(lambda: window.name.split(" — ")[0] in row.name, 5):
            problem("missing", f"choosing row {row.name!r} did not open it (the window says {window.name!r})")
        pump(0.5)
        if not any(e[0].startswith("object:property-change:accessible-name") and e[1] == "frame" for e in events.seen):
            problem("silent status change", f"opening {row.name!r}: the window's new title {window.name!r} was not told")
        check_tabs(window, f"procedure {row.name!r}")

    # Into the list: the screen reader is left on the row the keyboard is on (Qt told the list's
    # focus after the row's: "Matching procedures, list", and no procedure).
    focused = []

    def on_focus(event):
        try:
            if event.detail1:
                focused.append((role(event.source), event.source.name))
        except Exception:  # noqa: BLE001 - the source may be gone already
            pass

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    activate_window()
    pump(0.5)
    search.queryComponent().grabFocus()
    pump(0.5)
    focused.clear()
    pyatspi.Registry.generateKeyboardEvent(0xFF54, None, pyatspi.KEY_SYM)  # Down, as a nurse moves in
    wait_for(lambda: focused and focused[-1][0] == "list item", 5)
    pump(0.5)
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")
    if not focused or focused[-1][0] != "list item":
        problem("wrong state", f"moving into the list, the screen reader was left on {focused[-1] if focused else None}")

    # The handout composer.
    handout = find(window, lambda o: role(o) == "menu item" and o.name.startswith("Handout"))
    handout.queryAction().doAction(0)
    dialog = wait_for(lambda: next((app.getChildAtIndex(i) for i in range(app.childCount)
                                    if app.getChildAtIndex(i) is not None
                                    and role(app.getChildAtIndex(i)) == "dialog"), None), 20)
    if not dialog:
        problem("missing", "the handout composer did not open")
        return
    pump(2.0)
    check_focusable(dialog, "handout composer")
    check_combos(dialog, "handout composer")
    events.clear()
    # A ticked section, which the reading level is of (below the composer's other options: it
    # need not be showing).
    sections = find(dialog, lambda o: o.name == "Sections to print")
    boxes = [o for o in walk(sections) if role(o) == "check box" and has(o, pyatspi.STATE_CHECKED)
             and o.name] if sections else []
    if boxes:
        boxes[0].queryAction().doAction(0)  # untick the first section
        events.wait("the reading level", lambda text: "grade" in text.lower() or "no text" in text.lower())
    else:
        problem("missing", "the composer shows no ticked section")
    large = find(dialog, lambda o: role(o) == "check box" and o.name == "Large print")
    if large:
        events.clear()
        large.queryAction().doAction(0)  # more pages: the page count speaks
        events.wait("the page count", lambda text: "page" in text.lower())
    else:
        problem("missing", "the composer has no Large print check box")
    close = find(dialog, lambda o: role(o) == "push button" and o.name == "Close")
    if close:
        close.queryAction().doAction(0)
    pump(1.0)
    # A handout asked for with nothing to print: why is said, not only shown in the status bar.
    events.clear()
    search.queryEditableText().setTextContents("zzqqxy")
    wait_for(lambda: result_list.childCount == 0, 10)
    handout.queryAction().doAction(0)
    events.wait("nothing to print", lambda text: "Nothing to print" in text)
    check_notifications_as_orca_hears_them(search)


if __name__ == "__main__":
    main()
