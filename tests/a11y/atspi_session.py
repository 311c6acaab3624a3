# SPDX-License-Identifier: GPL-3.0-or-later
"""A private desktop for accessibility tests: Xvfb, a D-Bus session bus, the AT-SPI bus
launcher and registry, and openbox, all started here and all stopped by PID when done.

Nothing is shared with the person running the tests: a throw-away HOME and XDG_RUNTIME_DIR,
a free display number chosen by Xvfb itself, and a session bus of our own."""

import os
import shutil
import signal
import subprocess
import tempfile
import time


class AtspiSession:
    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="belonging-a11y-")
        self.env = dict(os.environ)
        self.procs = []  # (name, Popen), stopped in reverse order
        self.display = None

    # -- starting ------------------------------------------------------------------------
    def start(self):
        home = os.path.join(self.root, "home")
        runtime = os.path.join(self.root, "runtime")
        os.makedirs(home)
        os.makedirs(runtime, mode=0o700)
        self.env.update(
            HOME=home,
            XDG_RUNTIME_DIR=runtime,
            XDG_CONFIG_HOME=os.path.join(home, ".config"),
            XDG_DATA_HOME=os.path.join(home, ".local", "share"),
            XDG_CACHE_HOME=os.path.join(home, ".cache"),
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            NO_AT_BRIDGE="0",
        )
        for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                     "SESSION_MANAGER"):
            self.env.pop(name, None)
        self._start_x()
        self._start_session_bus()
        self._spawn("at-spi-bus-launcher", [self._libexec("at-spi-bus-launcher"),
                                            "--launch-immediately"])
        self._spawn("openbox", ["openbox", "--sm-disable"])
        self._wait_for_registry()
        return self

    def _libexec(self, name):
        for folder in ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/at-spi2"):
            path = os.path.join(folder, name)
            if os.access(path, os.X_OK):
                return path
        raise RuntimeError(f"{name} is missing: run scripts/install-deps")

    def _spawn(self, name, argv, **kw):
        proc = subprocess.Popen(argv, env=self.env, stdin=subprocess.DEVNULL,
                                stdout=kw.pop("stdout", subprocess.DEVNULL),
                                stderr=kw.pop("stderr", subprocess.DEVNULL),
                                start_new_session=True, **kw)
        self.procs.append((name, proc))
        return proc

    def _start_x(self):
        read_end, write_end = os.pipe()
        proc = self._spawn("Xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                    "1366x768x24", "-nolisten", "tcp", "-noreset"],
                           pass_fds=(write_end,))
        os.close(write_end)
        number = b""
        deadline = time.time() + 20
        while not number.endswith(b"\n") and time.time() < deadline:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
        os.close(read_end)
        if not number.strip():
            raise RuntimeError(f"Xvfb did not start (exit {proc.poll()})")
        self.display = ":" + number.decode().strip()
        self.env["DISPLAY"] = self.display

    def _start_session_bus(self):
        proc = self._spawn("dbus-daemon", ["dbus-daemon", "--session", "--nofork",
                                           "--print-address=1"], stdout=subprocess.PIPE)
        address = proc.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("the D-Bus session bus did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _wait_for_registry(self):
        # The accessibility bus is up once the launcher answers with its address.
        deadline = time.time() + 20
        while time.time() < deadline:
            result = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                env=self.env, capture_output=True, text=True)
            if result.returncode == 0 and "unix:" in result.stdout:
                return
            time.sleep(0.2)
        raise RuntimeError("the AT-SPI bus did not start")

    def launch(self, argv, extra_env=None, log=None):
        env = dict(extra_env or {})
        saved = self.env
        self.env = dict(saved, **env)
        try:
            out = open(log, "wb") if log else subprocess.DEVNULL
            return self._spawn(argv[0], argv, stdout=out, stderr=subprocess.STDOUT)
        finally:
            self.env = saved

    # -- stopping ------------------------------------------------------------------------
    def stop(self):
        for name, proc in reversed(self.procs):
            self._stop(proc)
        # Whatever they started in turn (the accessibility bus's own daemon, the registry)
        # carries our private runtime folder in its environment: stop those too.
        marker = ("XDG_RUNTIME_DIR=" + self.env["XDG_RUNTIME_DIR"]).encode()
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or int(pid) == os.getpid():
                continue
            try:
                with open(f"/proc/{pid}/environ", "rb") as f:
                    if marker in f.read().split(b"\0"):
                        os.kill(int(pid), signal.SIGKILL)
            except (OSError, ProcessLookupError):
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    @staticmethod
    def _stop(proc):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
