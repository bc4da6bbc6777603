# Sourced by the bench scripts that write measured figures into README.md between a pair of markers.

# The median of the numbers on standard input.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Milliseconds as seconds with one decimal.
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# Replaces what stands between "<!-- NAME: written by SCRIPT -->" and "<!-- /NAME -->" in README.md with FIGURES.
# Usage: write_readme_figures NAME SCRIPT FIGURES
write_readme_figures() {
  MARKER="$1" SCRIPT="$2" FIGURES="$3" python3 - <<'PY'
import os
path = "README.md"
text = open(path, encoding="utf-8").read()
name = os.environ["MARKER"]
start, end = f"<!-- {name}: written by {os.environ['SCRIPT']} -->", f"<!-- /{name} -->"
if start not in text or end not in text:
    raise SystemExit(f"README.md has no {name} markers")
before, rest = text.split(start, 1)
_, after = rest.split(end, 1)
open(path, "w", encoding="utf-8").write(before + start + "\n" + os.environ["FIGURES"] + "\n" + end + after)
PY
}
