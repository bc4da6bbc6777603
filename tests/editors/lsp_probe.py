#!/usr/bin/env python3
"""Opens files in a real language server over stdio and prints the diagnostics it publishes.

Used to check what an editor shows for a fact file's mistakes (README, "Editing facts"):

    python3 tests/editors/lsp_probe.py --server "csharp-ls" --root <consumer dir> --open Program.cs --seconds 90
    python3 tests/editors/lsp_probe.py --server "yaml-language-server --stdio" --root . --open facts/topics/roles.yaml

It answers the requests a server makes of its client (configuration, capability registration, progress) with
empty results, asks for diagnostics both ways (pushed, and pulled with textDocument/diagnostic where the server
offers it), and prints one line per diagnostic: file(line,col): severity code: message.
"""
import argparse
import json
import os
import pathlib
import queue
import shlex
import subprocess
import threading
import time


def send(process, message):
    body = json.dumps(message).encode("utf-8")
    process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    process.stdin.flush()


def read_messages(stream, messages):
    while True:
        headers = {}
        while True:
            line = stream.readline()
            if not line:
                return
            line = line.decode("ascii", "replace").strip()
            if not line:
                break
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        messages.put(json.loads(stream.read(length).decode("utf-8")))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--open", action="append", default=[])
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()

    root = pathlib.Path(args.root).resolve()
    process = subprocess.Popen(shlex.split(args.server), cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    messages = queue.Queue()
    threading.Thread(target=read_messages, args=(process.stdout, messages), daemon=True).start()

    send(process, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": os.getpid(),
        "rootUri": root.as_uri(),
        "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
        "capabilities": {"textDocument": {"publishDiagnostics": {}, "diagnostic": {}, "synchronization": {}},
                         "workspace": {"configuration": True, "workspaceFolders": True}},
    }})
    diagnostics = {}
    pull_supported = False
    workspace_pull = False
    next_id = 100
    deadline = time.time() + args.seconds
    opened = False
    pulls = {}
    while time.time() < deadline:
        try:
            message = messages.get(timeout=1)
        except queue.Empty:
            if opened and pull_supported and int(deadline - time.time()) % 15 == 0:
                for path in args.open:
                    next_id += 1
                    pulls[next_id] = path
                    send(process, {"jsonrpc": "2.0", "id": next_id, "method": "textDocument/diagnostic",
                                   "params": {"textDocument": {"uri": (root / path).as_uri()}}})
                if workspace_pull:
                    next_id += 1
                    pulls[next_id] = None
                    send(process, {"jsonrpc": "2.0", "id": next_id, "method": "workspace/diagnostic",
                                   "params": {"previousResultIds": []}})
            continue
        if message.get("id") == 1 and "result" in message:
            capabilities = message["result"].get("capabilities", {})
            pull_supported = "diagnosticProvider" in capabilities
            workspace_pull = bool((capabilities.get("diagnosticProvider") or {}).get("workspaceDiagnostics"))
            if os.environ.get("LSP_PROBE_CAPABILITIES"):
                print("capabilities:", json.dumps(capabilities.get("diagnosticProvider")))
            send(process, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
            for path in args.open:
                file = root / path
                language = "yaml" if file.suffix in (".yaml", ".yml") else "csharp"
                send(process, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                    "uri": file.as_uri(), "languageId": language, "version": 1, "text": file.read_text(encoding="utf-8")}}})
            opened = True
        elif "method" in message and "id" in message:
            result = None
            if message["method"] == "workspace/configuration":
                result = [None for _ in message["params"]["items"]]
            send(process, {"jsonrpc": "2.0", "id": message["id"], "result": result})
        elif message.get("method") == "textDocument/publishDiagnostics":
            diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif message.get("id") in pulls and "result" in message:
            if pulls[message["id"]] is None:
                for report in (message["result"] or {}).get("items", []):
                    diagnostics[report["uri"]] = report.get("items", [])
            else:
                items = (message["result"] or {}).get("items", [])
                diagnostics[(root / pulls[message["id"]]).as_uri()] = items

    process.kill()
    print("server: %s (pull diagnostics: %s)" % (args.server, "yes" if pull_supported else "no"))
    for uri, items in sorted(diagnostics.items()):
        path = uri.replace(root.as_uri() + "/", "")
        if not items:
            print("%s: no diagnostics" % path)
        for item in items:
            start = item["range"]["start"]
            severity = {1: "error", 2: "warning", 3: "info", 4: "hint"}.get(item.get("severity"), "?")
            print("%s(%d,%d): %s %s: %s" % (path, start["line"] + 1, start["character"] + 1, severity, item.get("code", ""), item["message"][:160]))


if __name__ == "__main__":
    main()
