"""Turns JMH's JSON results into bench/RESULTS.md, with the machine they were measured on."""
import json, os, platform, subprocess, sys, datetime

LIMITS_MS = {
    "countAndScoreAMillionResponses": (1000, "1,000,000 responses to all 45 IIT+EIT questions, counted and scored"),
    "scoreTheImportedResultsOf7850Agencies": (2000, "imported results of 7,850 agencies scored, one after another"),
    "renderAnnouncementOf40Rows": (1000, "announcement PDF of a 40-row plan, 3 measures a row, warm (average)"),
    "renderQuarterlyReport": (2000, "quarterly report PDF: chart, 7 units, 10 indicators, 30 late, 100 evidence lines (average)"),
}

results = json.load(open(sys.argv[1]))
cpu = "unknown"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
except OSError:
    pass
java = results[0]["vmName"] + " " + results[0]["jdkVersion"] if results else "?"
print("# Benchmark results\n")
print(f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores ({cpu}), {java}, by `bench/run.sh` (JMH).")
print("Scoring: single-shot time, each iteration runs the whole task once after warm-up. PDF: average time per document.\n")
print("| benchmark | what | mean (ms) | ± error (ms) | limit (ms) | within |")
print("|---|---|---:|---:|---:|---|")
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    limit, what = LIMITS_MS.get(name, (None, ""))
    score, err = m["score"], m["scoreError"]
    ok = "" if limit is None else ("yes" if score + (err if err == err else 0) < limit else "NO")
    print(f"| `{name}` | {what} | {score:.1f} | {err:.1f} | {limit or ''} | {ok} |")
print()
print("Data: the shipped 2566 framework. `countAndScoreAMillionResponses` counts 1,000,000 random responses, each")
print("answering every IIT and EIT answer slot (sub-items included), from a compact byte array, then scores them")
print("with formulas. `scoreTheImportedResultsOf7850Agencies` scores 7,850 agencies' official question scores")
print("(IIT, EP and ES) and 43 OIT verdicts each, with input checks, formulas and grades.")
