"""A stand-in for the Hugging Face Hub on 127.0.0.1, serving one model folder.

It answers the two calls huggingface_hub's snapshot_download makes: the repository
info (``/api/models/{repo}/revision/{rev}``) and file resolution
(``/{repo}/resolve/{rev}/{file}``, HEAD and GET).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def make_handler(folder: Path, repo: str, fail: bool) -> type[BaseHTTPRequestHandler]:
    files = sorted(p.name for p in folder.iterdir() if p.is_file())

    class Handler(BaseHTTPRequestHandler):
        requests: ClassVar[list[str]] = []

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _route(self) -> None:
            Handler.requests.append(f"{self.command} {self.path}")
            if fail:
                self._send(500, b"hub is down", {})
                return
            path = self.path.split("?", 1)[0]
            if path.startswith(f"/api/models/{repo}/tree/"):
                tree = [
                    {"type": "file", "path": f, "size": (folder / f).stat().st_size,
                     "oid": hashlib.sha1(f.encode()).hexdigest()}
                    for f in files
                ]  # fmt: skip
                self._send(200, json.dumps(tree).encode(), {"Content-Type": "application/json"})
                return
            if path.startswith(f"/api/models/{repo}"):
                info = {"id": repo, "sha": COMMIT, "siblings": [{"rfilename": f} for f in files]}
                self._send(200, json.dumps(info).encode(), {"Content-Type": "application/json"})
                return
            prefix = f"/{repo}/resolve/"
            if path.startswith(prefix):
                name = path[len(prefix) :].split("/", 1)[1]
                file = folder / name
                if name in files:
                    body = file.read_bytes()
                    etag = hashlib.sha256(body).hexdigest()
                    self._send(200, body, {"X-Repo-Commit": COMMIT, "ETag": f'"{etag}"',
                                           "Content-Type": "application/octet-stream"})  # fmt: skip
                    return
            self._send(404, b"not found", {"X-Error-Code": "EntryNotFound"})

        do_GET = _route
        do_HEAD = _route

    return Handler


@contextmanager
def serve(folder: Path, repo: str, fail: bool = False) -> Iterator[tuple[str, type]]:
    handler = make_handler(folder, repo, fail)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()
