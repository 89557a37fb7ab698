"""`minutebook demo` on a port already in use stops with a one-line error and leaves no worker running."""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "seeds"


def workers_for(data_dir: Path) -> list[int]:
    """Processes running the minutebook worker with this data folder."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if b"worker" in cmdline and f"MINUTEBOOK_DATA={data_dir}".encode() in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


def test_demo_on_a_busy_port(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "MINUTEBOOK_DATA": str(tmp_path), "PYTHONPATH": str(ROOT),
               "MINUTEBOOK_CLERK_PASSWORD": "clerk-demo-pass", "MINUTEBOOK_MEMBER_PASSWORD": "member-demo-pass"}
        env.pop("DATABASE_URL", None)
        out = subprocess.run([sys.executable, "-m", "minutebook", "demo", "--seeds", str(SEEDS), "--port", str(port)],
                             env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    time.sleep(0.5)
    left = workers_for(tmp_path)
    for pid in left:                 # the worker the demo started and left behind
        os.kill(pid, signal.SIGTERM)
    assert out.returncode != 0
    assert f"127.0.0.1:{port} is in use" in out.stderr
    assert not left, "the demo's worker was left running"
