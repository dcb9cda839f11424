#!/usr/bin/env bash
# Benchmark harness of issue 11: signs in reps and managers of different teams, drives each key request with wrk
# at a set concurrency and prints p50/p95/p99 latency, throughput and the ratio to the app's own trivial page;
# then times the 10 000-lead xlsx export and import with curl. See docs/performance.md ("Benchmark harness").
#
#   ops/bench/run.sh --url http://localhost:8080 --users ops/bench/users-demo.csv --duration 20 --connections 32 \
#       --pid <app pid>
#
# Options (defaults in brackets):
#   --url URL            the running app [http://localhost:8080]
#   --users FILE         CSV "username,password" of the users to sign in [ops/bench/users-demo.csv]
#   --duration S         measured seconds per phase [20]
#   --warmup S           warm-up seconds per phase before it is measured (not for approval decisions) [5]
#   --connections N      concurrent connections (users' requests in flight) [32]
#   --threads N          wrk threads [2]
#   --pid PID            the app's process: its heap is sampled with jstat during the run
#   --phases LIST        comma-separated subset of the phases (names below) [all]
#   --trivial PATH       the trivial signed-in page, the framework's ceiling [/leads/import]
#   --rows N             rows of the export and import timings [10000]; 0 skips them
#   --runs N             runs of each single-request timing [5]
#   --out FILE           the result table [target/bench/result-<UTC timestamp>.md]; raw outputs beside it
# Phases: login trivial leads accounts account orgchart opportunities board move visit inbox decide funnel keyaccounts
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
url=http://localhost:8080
users="$here/users-demo.csv"
duration=20
warmup=5
connections=32
threads=2
pid=""
phases="login,trivial,leads,accounts,account,orgchart,opportunities,board,move,visit,inbox,decide,funnel,keyaccounts"
trivial=/leads/import
rows=10000
runs=5
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out=""

while [ $# -gt 0 ]; do
	case "$1" in
	--url) url="${2%/}"; shift 2 ;;
	--users) users="$2"; shift 2 ;;
	--duration) duration="$2"; shift 2 ;;
	--warmup) warmup="$2"; shift 2 ;;
	--connections) connections="$2"; shift 2 ;;
	--threads) threads="$2"; shift 2 ;;
	--pid) pid="$2"; shift 2 ;;
	--phases) phases="$2"; shift 2 ;;
	--trivial) trivial="$2"; shift 2 ;;
	--rows) rows="$2"; shift 2 ;;
	--runs) runs="$2"; shift 2 ;;
	--out) out="$2"; shift 2 ;;
	-h | --help) sed -n '2,24p' "${BASH_SOURCE[0]}"; exit 0 ;;
	*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
	esac
done

out="${out:-$root/target/bench/result-$stamp.md}"
mkdir -p "$(dirname "$out")"
raw="${out%.md}"
mkdir -p "$raw"

if ! command -v wrk >/dev/null 2>&1; then
	if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
	"${sudo[@]}" apt-get update
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk
fi
for tool in curl python3; do
	command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

echo "Signing in the users of $users and finding their records ..." >&2
python3 "$here/prepare.py" login "$url" "$users" "$raw" "$connections" | tee "$raw/prepare.txt" >&2

if grep -q 'pending_approvals=0\|movable_deals=0' "$raw/prepare.txt"; then
	echo "warning: no pending approvals or no movable deals: their phases are skipped (is the data loaded yet?" \
		"the demo data loads just after the app starts answering)" >&2
fi

heap_job=""
if [ -n "$pid" ]; then
	jstat -gc "$pid" 1000 >"$raw/heap.txt" 2>&1 &
	heap_job=$!
fi
stop_heap() {
	if [ -n "$heap_job" ]; then kill "$heap_job" 2>/dev/null || true; heap_job=""; fi
}
trap stop_heap EXIT

count() { # count <json key> from state: users, approvals, deals
	python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))[sys.argv[2]]))" "$raw/state.json" "$1"
}

# run_wrk PHASE SECONDS CONNECTIONS THREADS RESULT_JSON RAW_TXT
run_wrk() {
	BENCH_RESULT="$5" wrk -t"$4" -c"$3" -d"$2"s --timeout 30s --latency -s "$here/bench.lua" "$url" -- \
		"$1" "$raw/data.lua" "$5" "$trivial" "$4" >"$6" 2>&1
}

IFS=, read -r -a wanted <<<"$phases"
for phase in "${wanted[@]}"; do
	c=$connections
	t=$threads
	case "$phase" in
	move)
		# Each deal is in at most one request at a time: no more connections than deals (per thread).
		n=$(count deals)
		if [ "$n" -lt "$t" ]; then t=$((n > 0 ? n : 1)); fi
		per=$((n / t))
		if [ $((per * t)) -lt "$c" ]; then c=$((per * t)); fi
		;;
	decide)
		n=$(count approvals)
		if [ "$n" -lt "$t" ]; then t=$((n > 0 ? n : 1)); fi
		if [ "$n" -lt "$c" ]; then c=$n; fi
		;;
	esac
	if [ "$c" -lt 1 ]; then
		echo "{\"skipped\":\"no records for $phase\"}" >"$raw/$phase.json"
		echo "$phase: skipped (no records)" >&2
		continue
	fi
	if [ "$phase" = decide ]; then w=0; else w=$warmup; fi
	echo "$phase: $c connections, $t threads, ${w}s warm-up, ${duration}s measured" >&2
	if [ "$phase" != decide ] && [ "$warmup" -gt 0 ]; then
		run_wrk "$phase" "$warmup" "$c" "$t" "$raw/$phase-warmup.json" "$raw/$phase-warmup.txt"
		if [ "$phase" = move ]; then
			# the warm-up moved the deals: read their versions again
			python3 "$here/prepare.py" deals "$url" "$raw" >&2
		fi
	fi
	run_wrk "$phase" "$duration" "$c" "$t" "$raw/$phase.json" "$raw/$phase.txt"
	python3 - "$raw/$phase.json" "$c" "$t" <<-'EOF'
		import json, sys
		path = sys.argv[1]
		r = json.load(open(path))
		r["connections"], r["threads"] = int(sys.argv[2]), int(sys.argv[3])
		json.dump(r, open(path, "w"))
	EOF
	case "$phase" in
	move | decide) python3 "$here/prepare.py" check "$url" "$raw" "$phase" >"$raw/$phase-check.json" ;;
	esac
done

# Single requests: import of ROWS new leads (full validation and duplicate check), then the export of those ROWS.
if [ "$rows" -gt 0 ]; then
	python3 - "$url" "$raw" "$rows" "$runs" "$here" <<-'EOF'
		import json, os, re, statistics, subprocess, sys, time
		url, raw, rows, runs, here = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
		state = json.load(open(os.path.join(raw, "state.json")))
		user = next((u for u in state["users"] if u["role"] == "MANAGER"), state["users"][0])
		regions = ",".join(sorted({u["region"] for u in state["users"] if u["region"] and u["team"] == user["team"]})) or user["region"]
		cookie = "KACRM_SESSION=" + user["sessions"][0]["cookie"]
		csrf = user["sessions"][0]["csrf"]

		def curl(*args):
		    return subprocess.run(["curl", "-sS", "-H", "Cookie: " + cookie, *args], check=True,
		                          capture_output=True, text=True).stdout

		imports, imported, markers = [], [], []
		for run in range(runs):
		    marker = "BENCH%s%02d" % (time.strftime("%y%m%d%H%M%S", time.gmtime()), run)
		    sheet = os.path.join(raw, "import-%d.xlsx" % run)
		    subprocess.run([sys.executable, os.path.join(here, "prepare.py"), "xlsx", sheet, str(rows), marker, regions], check=True)
		    start = time.monotonic()
		    head = curl("-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", "-F", "_csrf=" + csrf,
		                "-F", "mode=ALL_OR_NOTHING", "-F", "file=@%s;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" % sheet,
		                url + "/leads/import")
		    code, location = (head.split(" ", 1) + [""])[:2]
		    if code != "302" or "/leads/import/" not in location:
		        raise SystemExit("import upload refused: %s %s" % (code, location))
		    while True:
		        page = curl(location)
		        if 'data-testid="import-summary"' in page or 'hx-trigger="every 1s"' not in page and "import-again" in page:
		            break
		        time.sleep(0.2)
		    imports.append(time.monotonic() - start)
		    summary = re.search(r'data-testid="import-summary"(.*?)</div>', page, re.S)
		    numbers = [int(x) for x in re.findall(r"\d+", re.sub(r"(?<=\d),(?=\d{3})", "", re.sub(r"<[^>]+>", " ", summary.group(1))))] if summary else []
		    refused = summary is None or "alert-danger" in page[page.find('data-testid="import-summary"') - 200:page.find('data-testid="import-summary"')]
		    imported.append(0 if refused or not numbers else numbers[0])
		    markers.append(marker)
		    open(os.path.join(raw, "import-%d.html" % run), "w").write(page)
		exports, exported = [], []
		for run in range(runs):
		    target = os.path.join(raw, "export-%d.xlsx" % run)
		    t = curl("-o", target, "-w", "%{http_code} %{time_total}", url + "/leads/export.xlsx?q=" + markers[0])
		    code, seconds = t.split()
		    if code != "200":
		        raise SystemExit("export answered %s" % code)
		    exports.append(float(seconds))
		    exported.append(int(subprocess.run([sys.executable, os.path.join(here, "prepare.py"), "rows", target, markers[0]],
		                                       check=True, capture_output=True, text=True).stdout))
		json.dump({"rows": rows, "runs": runs, "user": user["name"], "import_s": imports, "imported": imported,
		           "export_s": exports, "exported_rows": exported}, open(os.path.join(raw, "excel.json"), "w"))
	EOF
fi
stop_heap

python3 - "$raw" "$out" "$url" "$duration" "$warmup" "$connections" "$threads" "$trivial" "$phases" <<-'EOF'
	import json, os, statistics, sys
	raw, out, url, duration, warmup, connections, threads, trivial, phases = sys.argv[1:]
	labels = {
	    "login": "GET /login (sign-in page, no session)",
	    "trivial": "GET %s (trivial signed-in page)" % trivial,
	    "leads": "lead sheet with filters",
	    "accounts": "account list with a filter",
	    "account": "account detail",
	    "orgchart": "org chart of an account",
	    "opportunities": "opportunity list, milestone filter + keyword",
	    "board": "opportunity board",
	    "move": "milestone move (POST)",
	    "visit": "visit logging (POST)",
	    "inbox": "approval inbox",
	    "decide": "approval decision (POST)",
	    "funnel": "funnel report",
	    "keyaccounts": "key-account report",
	}
	results = {}
	for phase in phases.split(","):
	    path = os.path.join(raw, phase + ".json")
	    if os.path.exists(path):
	        results[phase] = json.load(open(path))
	def rps(r):
	    # a phase that ran out of records (approval decisions) counts the time it had records to work on
	    seconds = (r.get("active_us") or r["duration_us"]) / 1e6
	    return (r["ok"] + r["bad"]) / seconds
	ceiling = rps(results["trivial"]) if "trivial" in results and "ok" in results["trivial"] else None
	lines = ["| request | req/s | p50 ms | p95 ms | p99 ms | errors | % of trivial | conns |",
	         "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
	for phase, r in results.items():
	    if "skipped" in r:
	        lines.append("| %s | skipped: %s | | | | | | |" % (labels[phase], r["skipped"]))
	        continue
	    errors = r["bad"] + r["connect"] + r["read"] + r["write"] + r["timeout"]
	    if r["ok"] + r["bad"] == 0:
	        lines.append("| %s | no answer within the %s s run (%d errors) | | | | %d | | %d |" % (
	            labels[phase], duration, errors, errors, r.get("connections", 0)))
	        continue
	    ratio = "%.1f %%" % (100 * rps(r) / ceiling) if ceiling else "-"
	    lines.append("| %s | %.1f | %.1f | %.1f | %.1f | %d | %s | %d |" % (
	        labels[phase], rps(r), r["p50_us"] / 1000, r["p95_us"] / 1000, r["p99_us"] / 1000, errors, ratio,
	        r.get("connections", 0)))
	notes = []
	for phase in ("move", "decide"):
	    check = os.path.join(raw, phase + "-check.json")
	    if os.path.exists(check) and phase in results and "ok" in results[phase]:
	        c = json.load(open(check))
	        if phase == "move":
	            notes.append("- milestone move: %d moves answered with the success redirect; the deals' versions advanced by %d in the database (the difference: moves still in flight when wrk stopped)."
	                         % (results[phase]["ok"], c["versions_advanced"]))
	        else:
	            notes.append("- approval decision: %d rejections answered with the redirect; pending approvals %d before the phase, %d after (each decided once); req/s over the %.1f s it had approvals to decide, %d filler GET /login while the last answers came."
	                         % (results[phase]["ok"], c["pending_before"], c["pending_after"], results[phase].get("active_us", 0) / 1e6, results[phase]["filler"]))
	if "visit" in results and "ok" in results["visit"]:
	    notes.append("- visit logging: %d visits saved (answered with the redirect to the form's return address)." % results["visit"]["ok"])
	excel = os.path.join(raw, "excel.json")
	single = []
	if os.path.exists(excel):
	    e = json.load(open(excel))
	    single = ["", "| single request (%d runs, as %s) | median s | max s | rows |" % (e["runs"], e["user"]),
	              "| --- | ---: | ---: | ---: |",
	              "| import of %d new leads (validation + duplicate check, all or nothing) | %.2f | %.2f | %s imported |" % (
	                  e["rows"], statistics.median(e["import_s"]), max(e["import_s"]), "/".join(map(str, sorted(set(e["imported"]))))),
	              "| xlsx export of the %d imported leads (`/leads/export.xlsx?q=<run marker>`) | %.2f | %.2f | %s exported |" % (
	                  e["rows"], statistics.median(e["export_s"]), max(e["export_s"]), "/".join(map(str, sorted(set(e["exported_rows"])))))]
	heap = os.path.join(raw, "heap.txt")
	heap_line = []
	if os.path.exists(heap):
	    used = []
	    for line in open(heap):
	        parts = line.split()
	        if parts and parts[0][0].isdigit():
	            # jstat -gc: S0C S1C S0U S1U EC EU OC OU ...: used = S0U + S1U + EU + OU (KiB)
	            used.append(float(parts[2]) + float(parts[3]) + float(parts[5]) + float(parts[7]))
	    if used:
	        heap_line = ["", "Heap used (jstat -gc, every second): max %.0f MiB over %d samples." % (max(used) / 1024, len(used))]
	prepare = open(os.path.join(raw, "prepare.txt")).read().strip()
	text = "\n".join([
	    "# Benchmark result %s" % os.path.basename(raw),
	    "",
	    "App %s; %s connections, %s wrk threads, %ss warm-up, %ss measured per phase; %s." % (url, connections, threads, warmup, duration, prepare),
	    "req/s counts the answered requests; errors are non-2xx/3xx answers, socket errors and writes not answered with their success redirect.",
	    "",
	] + lines + [""] + notes + single + heap_line) + "\n"
	open(out, "w").write(text)
	print(text)
	print("Raw wrk outputs: %s/" % raw, file=sys.stderr)
EOF
