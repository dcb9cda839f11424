#!/usr/bin/env python3
"""Benchmark preparation for ops/bench/run.sh (standard library only).

  prepare.py login   URL USERS_CSV WORKDIR CONNECTIONS  log every user in (form login), find their ids through the
                                               JSON API (HTTP Basic), write WORKDIR/state.json and data.lua
  prepare.py deals   URL WORKDIR             re-read the versions of the deals the move phase moves
  prepare.py check   URL WORKDIR PHASE       after a write phase: what really changed (JSON line)
  prepare.py xlsx    FILE ROWS MARKER REGIONS  write an import sheet of ROWS new leads named MARKER-n
  prepare.py rows    FILE MARKER             count the leads named MARKER-n in an exported sheet
"""
import base64
import http.cookiejar
import json
import os
import re
import sys
import urllib.parse
import urllib.request
import zipfile
from xml.sax.saxutils import escape

# Milestones in order (com.kacrm.domain.playbook.Milestone).
MILESTONES = ["PLANNING", "CALL_AND_VISIT", "PROJECT_APPROVAL", "DEEP_CONTACT", "SOLUTION_AND_TENDER",
              "NEGOTIATION", "CONTRACT_SIGNED", "DELIVERY_AND_PAYMENT"]
PER_USER_ACCOUNTS = 20
PER_USER_KEYWORDS = 10
PER_MANAGER_DEALS = 24
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def api(url, user, password, path):
    request = urllib.request.Request(url + path, headers={
        "Accept": "application/json",
        "Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def paged(url, user, password, path, limit):
    items, page = [], 0
    while len(items) < limit:
        sep = "&" if "?" in path else "?"
        data = api(url, user, password, f"{path}{sep}size=100&page={page}")
        items.extend(data["content"])
        page += 1
        if page >= data["page"]["totalPages"]:
            break
    return items[:limit]


def login(url, user, password):
    """Form login as a browser does it; returns (session cookie, CSRF token of the session)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(url + "/login", timeout=60).read().decode()
    token = CSRF.search(page).group(1)
    body = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token}).encode()
    try:
        opener.open(url + "/login", data=body, timeout=60)
        raise SystemExit(f"login of {user}: no redirect")
    except urllib.error.HTTPError as e:
        if e.code != 302 or "error" in e.headers.get("Location", "") or "locked" in e.headers.get("Location", ""):
            raise SystemExit(f"login of {user} failed: {e.code} {e.headers.get('Location')}")
    cookie = next(c.value for c in jar if c.name == "KACRM_SESSION")
    # Spring Security issues a new CSRF token with the new session: read it from a signed-in page.
    home = opener.open(url + "/leads/import", timeout=60).read().decode()
    return cookie, CSRF.search(home).group(1)


def read_users(path):
    users = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or line.lower().startswith("username"):
                continue
            parts = [p.strip() for p in line.split(",")]
            users.append((parts[0], parts[1] if len(parts) > 1 and parts[1] else "demo1234"))
    return users


def keywords(names):
    """Two-character pieces of deal names, so that a keyword and a milestone filter find something."""
    found = []
    for name, milestone in names:
        if len(name) >= 4:
            found.append((name[2:4], milestone))
        elif name:
            found.append((name[:2], milestone))
    return found[:PER_USER_KEYWORDS]


def sessions(url, user, password, count):
    """COUNT sessions of the user: a session is never in two requests at once (Spring Session JDBC writes the
    session's new attributes, such as the flash message of a redirect, at the end of each request)."""
    return [dict(zip(("cookie", "csrf"), login(url, user, password))) for _ in range(count)]


def cmd_login(url, users_csv, workdir, connections="32"):
    state = {"url": url, "users": [], "approvals": [], "deals": []}
    all_users = read_users(users_csv)
    per_user = max(1, -(-2 * int(connections) // len(all_users)))
    teams = None
    seen_approvals, seen_deals = set(), set()
    for user, password in all_users:
        me = api(url, user, password, "/api/v1/me")
        if teams is None:
            teams = {t["code"]: t for t in api(url, user, password, "/api/v1/reference/teams")}
        accounts = [a["id"] for a in paged(url, user, password, "/api/v1/accounts", PER_USER_ACCOUNTS)]
        deals = paged(url, user, password, "/api/v1/opportunities?status=OPEN", 100)
        team = teams.get(me.get("teamCode") or "", {})
        entry = {"name": user, "role": me["role"], "team": me.get("teamCode") or "",
                 "sessions": sessions(url, user, password, per_user), "accounts": accounts, "region": team.get("regionCode") or "",
                 "keywords": [{"q": q, "milestone": m} for q, m in keywords([(d["name"], d["milestone"]) for d in deals])]}
        state["users"].append(entry)
        if me["role"] != "MANAGER":
            continue
        pending = paged(url, user, password, "/api/v1/approvals?status=SUBMITTED", 100000)
        locked = {a["opportunityId"] for a in pending}
        for a in pending:
            if a["id"] not in seen_approvals:
                seen_approvals.add(a["id"])
                state["approvals"].append({"id": a["id"], "user": len(state["users"]) - 1,
                                           "session": len(seen_approvals)})
        # Deals the manager may move back one milestone and forward again with an override: open,
        # of the manager's team, not locked by a pending approval, between 2 and 6 (no status change).
        taken = 0
        for d in deals:
            if taken >= PER_MANAGER_DEALS:
                break
            position = MILESTONES.index(d["milestone"]) + 1
            if d["id"] in seen_deals or d["id"] in locked or not 2 <= position <= 6:
                continue
            if team and d.get("team") not in (team.get("name"), team.get("nameZh"), team.get("nameEn")):
                continue
            seen_deals.add(d["id"])
            taken += 1
            state["deals"].append({"id": d["id"], "user": len(state["users"]) - 1, "password": password,
                                   "session": taken - 1,
                                   "username": user, "milestone": d["milestone"],
                                   "back": MILESTONES[position - 2], "version": None})
        if taken > len(entry["sessions"]):
            # one session per deal the manager moves
            entry["sessions"] += sessions(url, user, password, taken - len(entry["sessions"]))
    passwords = dict(read_users(users_csv))
    state["passwords"] = passwords
    refresh_deals(state)
    save(state, workdir)
    print(f"users={len(state['users'])} managers={sum(u['role'] == 'MANAGER' for u in state['users'])} "
          f"pending_approvals={len(state['approvals'])} movable_deals={len(state['deals'])}")


def refresh_deals(state):
    """The current version and milestone of each deal to move; a deal that moved elsewhere is dropped."""
    kept = []
    for d in state["deals"]:
        current = api(state["url"], d["username"], d["password"], f"/api/v1/opportunities/{d['id']}")
        if current.get("status") != "OPEN":
            continue
        if current["milestone"] == d["back"]:
            # Left at the lower milestone by an interrupted run: start with the forward move.
            d["at_back"] = True
        elif current["milestone"] == d["milestone"]:
            d["at_back"] = False
        else:
            continue
        d["version"] = current["version"]
        kept.append(d)
    state["deals"] = kept


def lua(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nil"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + "".join(c if c not in '"\\\n' else "\\" + (c if c != "\n" else "n") for c in value) + '"'
    if isinstance(value, list):
        return "{" + ",".join(lua(v) for v in value) + "}"
    return "{" + ",".join(f"[{lua(k)}]={lua(v)}" for k, v in value.items()) + "}"


def save(state, workdir):
    with open(os.path.join(workdir, "state.json"), "w", encoding="utf-8") as f:
        json.dump(state, f, ensure_ascii=False)
    data = {
        "users": [{k: u[k] for k in ("name", "role", "sessions", "accounts", "region", "keywords")}
                  for u in state["users"]],
        "approvals": state["approvals"],
        "deals": [{k: d[k] for k in ("id", "user", "session", "milestone", "back", "version", "at_back")} for d in state["deals"]],
    }
    with open(os.path.join(workdir, "data.lua"), "w", encoding="utf-8") as f:
        f.write("return " + lua(data) + "\n")


def load(workdir):
    with open(os.path.join(workdir, "state.json"), encoding="utf-8") as f:
        return json.load(f)


def cmd_deals(url, workdir):
    state = load(workdir)
    refresh_deals(state)
    save(state, workdir)
    print(f"movable_deals={len(state['deals'])}")


def cmd_check(url, workdir, phase):
    """What a write phase really changed, from the database's side (through the API)."""
    state = load(workdir)
    if phase == "decide":
        left = 0
        for a in state["approvals"]:
            user = state["users"][a["user"]]
            view = api(url, user["name"], state["passwords"][user["name"]], f"/api/v1/approvals/{a['id']}")
            left += view.get("status") == "SUBMITTED"
        print(json.dumps({"pending_before": len(state["approvals"]), "pending_after": left}))
    elif phase == "move":
        total = 0
        for d in state["deals"]:
            current = api(url, d["username"], d["password"], f"/api/v1/opportunities/{d['id']}")
            total += current["version"] - d["version"]
        print(json.dumps({"versions_advanced": total}))


def column(n):
    name = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def cmd_xlsx(path, rows, marker, regions):
    """A minimal xlsx (inline strings) with the import's columns by their sort keys as headers."""
    regions = [r for r in regions.split(",") if r]
    header = ["customerName", "region", "annualRevenue", "customerClass", "contactHint", "notes"]
    lines = []
    for r in range(rows + 1):
        if r == 0:
            values = header
        else:
            values = [f"{marker}-{r:06d} 精密机械有限公司", regions[r % len(regions)], str(100 + r % 5000),
                      "ABCD"[r % 4], f"138{r:08d}", "benchmark import"]
        cells = []
        for c, v in enumerate(values):
            ref = f"{column(c)}{r + 1}"
            if r > 0 and c == 2:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        lines.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(lines) + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Leads" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)


def cmd_rows(path, marker):
    """The leads of an exported workbook whose name carries MARKER (each name is unique, in the sheet or
    in its shared strings)."""
    with zipfile.ZipFile(path) as z:
        text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    print(len(set(re.findall(re.escape(marker) + r"-\d+", text))))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"login": cmd_login, "deals": cmd_deals, "check": cmd_check, "xlsx": lambda p, n, m, r: cmd_xlsx(p, int(n), m, r),
     "rows": cmd_rows}[command](*args)
