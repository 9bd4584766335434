"""Self and total time per function in each phase of a first scan (bench/tools/profile-first-scan.ts).

Usage: python3 profile-windows.py DIR RUN. The phases come from the probe's events; the click is
found in the profile as the first sample under the "Scan QR" button's onClick.
"""
import collections, json, sys

directory, run = sys.argv[1], sys.argv[2]
prof = json.load(open(f"{directory}/profile-{run}.cpuprofile"))
probe = json.load(open(f"{directory}/probe-{run}.json"))
nodes = {n['id']: n for n in prof['nodes']}
parent = {c: n['id'] for n in prof['nodes'] for c in n.get('children', [])}
def label(node_id):
    cf = nodes[node_id]['callFrame']
    return f"{cf['functionName'] or '(anon)'} {cf['url'].split('/')[-1]}:{cf['lineNumber']}:{cf['columnNumber']}"
def stack(node_id):
    while node_id in nodes:
        yield label(node_id)
        node_id = parent.get(node_id)
t, times = prof['startTime'], []
for d in prof['timeDeltas']:
    t += d
    times.append(t)
click_at = next(times[i] for i, s in enumerate(prof['samples']) if any(k.startswith('onClick ') for k in stack(s)))
click = [e for e in probe if e['name'] == 'click'][-1]['at']
marks = []
for e in probe:
    if e['at'] < click or e['name'] in ('fetch', 'click'):
        continue
    marks.append((e['at'] - click, e['name']))
    if e.get('ms') and e['name'] == 'camera':
        marks.append((e['at'] - click + e['ms'], 'camera-done'))
marks.sort()
print('marks (ms after click):', ', '.join(f"{n}@{a:.0f}" for a, n in marks))
bounds = [a for a, _ in marks]
names = ['click'] + [n for _, n in marks]
self_t = collections.defaultdict(collections.Counter)
incl_t = collections.defaultdict(collections.Counter)
for i, s in enumerate(prof['samples']):
    ms = (times[i] - click_at) / 1000
    if ms < 0:
        continue
    dt = (times[i + 1] - times[i]) / 1000 if i + 1 < len(times) else 0
    w = sum(1 for b in bounds if ms >= b)
    self_t[w][label(s)] += dt
    for k in set(stack(s)):
        incl_t[w][k] += dt
for w in sorted(self_t):
    if w >= len(names):
        break
    busy = sum(v for k, v in self_t[w].items() if not k.startswith('(idle)'))
    print(f"== after {names[w]} ({bounds[w-1] if w else 0:.0f}..{bounds[w] if w < len(bounds) else 0:.0f} ms): busy {busy:.0f} ms")
    for k, v in self_t[w].most_common(10):
        if v >= 3:
            print(f"   self {v:6.1f} {k}")
    for k, v in incl_t[w].most_common(18):
        if v >= 5 and not k.startswith('(root'):
            print(f"   total {v:6.1f} {k}")
