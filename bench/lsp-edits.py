#!/usr/bin/env python3
"""Times the language server on a scripted edit sequence, as an editor drives it over stdio.

    python3 bench/lsp-edits.py --tool <KnowledgeGen.Tool.dll> --root <folder> --facts <facts folder> --edits 20

Opens the first fact file with a quote, then sends didChange after didChange, each one alternately breaking the
quote (a word put in front of it) and putting it right, and measures the time from each didChange to the
publishDiagnostics for that file that shows the change (a KG0040 at the quote's line appearing or clearing).
Prints one JSON line: the first check on open and the median, 90th percentile and slowest change, in ms.
"""
import argparse
import json
import os
import pathlib
import queue
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests" / "editors"))
from lsp_probe import read_messages, send  # noqa: E402  (the same framing as the editor probe)


def first_quote(facts):
    for path in sorted(pathlib.Path(facts).rglob("*.yaml")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith("quote: ") and len(stripped) > len("quote: ") + 1:
                return path, lines, number
    raise SystemExit("no quote in " + facts)


def broken(lines, number):
    line = lines[number]
    at = line.index("quote: ") + len("quote: ")
    # Inside the quotes of a quoted scalar, or in front of a plain one: either way the quote no longer stands.
    if line[at] in "'\"":
        at += 1
    changed = list(lines)
    changed[number] = line[:at] + "Zyzzyva " + line[at:]
    return "\n".join(changed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--facts", required=True)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    path, lines, number = first_quote(args.facts)
    uri = path.resolve().as_uri()
    good = "\n".join(lines)
    bad = broken(lines, number)
    tool = str(pathlib.Path(args.tool).resolve())
    process = subprocess.Popen(["dotnet", tool, "lsp"], cwd=args.root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    messages = queue.Queue()
    threading.Thread(target=read_messages, args=(process.stdout, messages), daemon=True).start()

    def wait_for(predicate):
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                message = messages.get(timeout=1)
            except queue.Empty:
                if process.poll() is not None:
                    raise SystemExit("the server exited with %d" % process.returncode)
                continue
            if predicate(message):
                return message
        raise SystemExit("no answer from the server within 120 s")

    def shows(has_error):
        def predicate(message):
            if message.get("method") != "textDocument/publishDiagnostics" or message["params"]["uri"] != uri:
                return False
            found = any(d["code"] == "KG0040" and d["range"]["start"]["line"] == number for d in message["params"]["diagnostics"])
            return found == has_error
        return predicate

    root = pathlib.Path(args.root).resolve()
    send(process, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": {}}})
    wait_for(lambda m: m.get("id") == 1)
    send(process, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    started = time.perf_counter()
    send(process, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": good}}})
    wait_for(shows(False))
    opened = (time.perf_counter() - started) * 1000

    timings = []
    for edit in range(args.edits):
        breaking = edit % 2 == 0
        started = time.perf_counter()
        send(process, {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": edit + 2}, "contentChanges": [{"text": bad if breaking else good}]}})
        wait_for(shows(breaking))
        timings.append((time.perf_counter() - started) * 1000)

    send(process, {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    wait_for(lambda m: m.get("id") == 2)
    send(process, {"jsonrpc": "2.0", "method": "exit", "params": None})
    process.wait(timeout=30)
    timings.sort()
    print(json.dumps({
        "file": str(path.relative_to(pathlib.Path(args.facts).resolve())),
        "open_ms": round(opened),
        "median_ms": round(statistics.median(timings)),
        "p90_ms": round(timings[int(0.9 * (len(timings) - 1))]),
        "max_ms": round(timings[-1]),
        "edits": len(timings),
    }))


if __name__ == "__main__":
    main()
