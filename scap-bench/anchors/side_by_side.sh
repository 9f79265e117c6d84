#!/usr/bin/env bash
# scap and its SciPy anchors, side by side, whole process each, on the same documents.
#
#   scap-bench/anchors/side_by_side.sh [-n RUNS] [-w DIR] [ROW...]
#
# Rows (all by default):
#   groups10k   groups --method hierarchical --linkage average --metric cosine --weights projects
#               --groups 20, 10,000 cities  vs  pdist + linkage + fcluster
#   cosine10k   overlap --metric cosine --weights projects --top 10, 10,000 cities
#               vs  pdist + squareform + argpartition
#   jaccard20k  overlap --top 10 (presence, Jaccard), 20,000 cities x 64 themes, about 8 each
#               vs  pdist + squareform + argpartition
#   groups20k   as groups10k, 20,000 cities; scap in its 3 GiB heap
#   roundtables10k
#               roundtables --no-event, 10,000 cities x 50 themes (scap generate --cities 10000
#               --themes 50 --projects 4 --seed 20261127), 2 tables a city, 4 to 8 seats,
#               partners and timetable included  vs  the seating as an LP in HiGHS
#               (roundtables_lp.py, given the table counts of scap's plan from an earlier run)
#
# Build the command line and the benchmarks first, from the repository's root:
#   ./mvnw -B -q package -DskipTests -pl scap-cli,scap-bench -am
# Each run of a row alternates scap and the anchor (which goes first alternates too) and
# takes wall time and peak RSS from /usr/bin/time. Both write their result as JSON to a file;
# the last run's results are compared (compare.py; a roundtable total other than the LP's
# optimum makes the script exit 1 at the end). Prints each run, then a Markdown table:
# medians and the ratio scap / anchor of the medians, from this one run, of wall time and of
# CPU time (user + system; less moved by other work on the machine, but it counts every
# core scap keeps busy).
#
# Environment: SCAP_JAVA (default java), SCAP_HEAP (default 3g, given as -Xmx),
# SCAP_JAVA_OPTIONS (more options for scap's JVM, none by default),
# PYTHON (default /usr/bin/python3, with NumPy and SciPy), SEED (default 20261206).
set -euo pipefail

runs=3
work=/tmp/scap-side-by-side
while getopts "n:w:" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    w) work=$OPTARG ;;
    *) awk 'NR > 1 && /^#/ {print; next} NR > 1 {exit}' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
rows=("$@")
all_rows=(groups10k cosine10k jaccard20k groups20k roundtables10k)
[ ${#rows[@]} -gt 0 ] || rows=("${all_rows[@]}")

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${SCAP_JAVA:-java}
heap=${SCAP_HEAP:-3g}
read -r -a jvm_options <<<"${SCAP_JAVA_OPTIONS:-}"
python=${PYTHON:-/usr/bin/python3}
seed=${SEED:-20261206}
jar=$root/scap-cli/target/scap.jar
bench=$root/scap-bench/target/benchmarks.jar
for f in "$jar" "$bench"; do
  [ -f "$f" ] || { echo "missing $f: build first (see the header of $0)" >&2; exit 2; }
done
"$python" -c 'import numpy, scipy' 2>/dev/null \
  || { echo "$python has no NumPy or SciPy (apt-get install python3-scipy)" >&2; exit 2; }
mkdir -p "$work"

document() {   # shape cities -> path, made once
  local file=$work/$1-$2-$seed.json
  if [ ! -s "$file" ]; then
    "$java" -cp "$bench" dev.scap.bench.AnchorDocuments "$1" "$2" "$seed" "$file"
  fi
  echo "$file"
}

# measure NAME OUT CMD...: runs CMD, appends "seconds rss_kib exit cpu_seconds" to
# $work/NAME.times
measure() {
  local name=$1 out=$2; shift 2
  local t=$work/$name.time
  set +e
  /usr/bin/time -f '%e %M %U %S' -o "$t" "$@" >"$out.stdout" 2>"$out.stderr"
  local rc=$?
  set -e
  tail -n 1 "$t" | awk -v rc=$rc '{print $1, $2, rc, $3 + $4}' >>"$work/$name.times"
  echo "    $name: $(tail -n 1 "$t" | awk '{printf "%.2f s (CPU %.2f s), %.0f MiB", $1, $3 + $4,
    $2 / 1024}')$(
    [ $rc -eq 0 ] || echo ", exit $rc: $(tail -n 1 "$out.stderr")")"
}

median() {   # column of $work/NAME.times among successful runs
  awk -v c="$2" '$3 == 0 {print $c}' "$work/$1.times" | sort -g \
    | awk '{v[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
           else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

failures() { awk '$3 != 0' "$work/$1.times" | wc -l; }

wrong=()
declare -A label scap_cmd anchor_cmd kind
for row in "${rows[@]}"; do
  case $row in
    groups10k|groups20k)
      n=${row#groups}; n=${n%k}000
      doc=$(document projects "$n")
      label[$row]="average linkage, cosine on project counts, $n cities, 20 groups"
      kind[$row]=groups
      scap_cmd[$row]="groups $doc --method hierarchical --linkage average --metric cosine --weights projects --groups 20 --format json"
      anchor_cmd[$row]="groups_linkage.py $doc --linkage average --metric cosine --weights projects --groups 20" ;;
    cosine10k)
      doc=$(document projects 10000)
      label[$row]="top-10 peers, cosine on project counts, 10000 cities"
      kind[$row]=top
      scap_cmd[$row]="overlap $doc --metric cosine --weights projects --top 10 --format json"
      anchor_cmd[$row]="overlap_topk.py $doc --metric cosine --weights projects --top 10" ;;
    jaccard20k)
      doc=$(document presence 20000)
      label[$row]="top-10 peers, presence Jaccard, 20000 cities x 64 themes"
      kind[$row]=top
      scap_cmd[$row]="overlap $doc --top 10 --format json"
      anchor_cmd[$row]="overlap_topk.py $doc --top 10" ;;
    roundtables10k)
      doc=$work/roundtables-10000-20261127.json
      [ -s "$doc" ] || "$java" -jar "$jar" generate --cities 10000 --themes 50 --projects 4 \
        --seed 20261127 -q -o "$doc"
      label[$row]="roundtables, 10000 cities x 50 themes, 2 tables a city, 4 to 8 seats"
      kind[$row]=roundtables
      scap_cmd[$row]="roundtables $doc --no-event -q --format json"
      # the LP takes the table counts of each theme from scap's plan: one is made first, by
      # this jar (again whenever the jar is newer than the plan)
      plan=$work/roundtables10k-plan.json
      [ -s "$plan" ] && [ "$plan" -nt "$jar" ] \
        || "$java" "-Xmx$heap" ${jvm_options[@]+"${jvm_options[@]}"} -jar "$jar" ${scap_cmd[$row]} -o "$plan"
      anchor_cmd[$row]="roundtables_lp.py $doc $plan" ;;
    *) echo "unknown row $row; the rows are ${all_rows[*]}" >&2
       exit 2 ;;
  esac
done

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $("$java" -version 2>&1 | head -n 1), -Xmx$heap ${jvm_options[*]}; $("$python" -c \
  'import sys, numpy, scipy; print("Python", sys.version.split()[0], "NumPy", numpy.__version__, "SciPy", scipy.__version__)')"
for row in "${rows[@]}"; do
  rm -f "$work/$row-scap.times" "$work/$row-anchor.times"
  echo "## $row: ${label[$row]}"
  echo "    scap:   $java -Xmx$heap ${jvm_options[*]} -jar scap.jar ${scap_cmd[$row]} -o OUT"
  echo "    anchor: $python ${anchor_cmd[$row]} -o OUT"
  for ((r = 1; r <= runs; r++)); do
    scap_run() {
      # shellcheck disable=SC2086
      measure "$row-scap" "$work/$row-scap" "$java" "-Xmx$heap" ${jvm_options[@]+"${jvm_options[@]}"} \
        -jar "$jar" ${scap_cmd[$row]} \
        -o "$work/$row-scap.json"
    }
    anchor_run() {
      # shellcheck disable=SC2086
      measure "$row-anchor" "$work/$row-anchor" "$python" "$here"/${anchor_cmd[$row]} \
        -o "$work/$row-anchor.json"
    }
    if ((r % 2)); then scap_run; anchor_run; else anchor_run; scap_run; fi
  done
  if [ -s "$work/$row-scap.json" ] && [ -s "$work/$row-anchor.json" ]; then
    if same=$("$python" "$here/compare.py" "${kind[$row]}" \
      "$work/$row-scap.json" "$work/$row-anchor.json"); then :; else wrong+=("$row"); fi
    echo "    same result? $same"
  fi
done

echo
echo "| row | scap, s | SciPy, s | scap / SciPy | scap CPU, s | SciPy CPU, s | CPU ratio |" \
  "scap peak RSS | SciPy peak RSS |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for row in "${rows[@]}"; do
  st=$(median "$row-scap" 1); at=$(median "$row-anchor" 1)
  sm=$(median "$row-scap" 2); am=$(median "$row-anchor" 2)
  sc=$(median "$row-scap" 4); ac=$(median "$row-anchor" 4)
  ratio() { awk -v s="$1" -v a="$2" 'BEGIN {if (s == "-" || a == "-") print "-";
                                            else printf "%.2f", s / a}'; }
  mib() { awk -v k="$1" 'BEGIN {if (k == "-") print "-"; else printf "%.0f MiB", k / 1024}'; }
  wall=$(ratio "$st" "$at"); cpu=$(ratio "$sc" "$ac")
  [ "$st" != "-" ] || st="failed: $(awk '{printf "exit %d after %.2f s, %.0f MiB; ", $3, $1,
                                         $2 / 1024}' "$work/$row-scap.times")"
  [ "$at" != "-" ] || at="failed: $(awk '{printf "exit %d after %.2f s, %.0f MiB; ", $3, $1,
                                         $2 / 1024}' "$work/$row-anchor.times")"
  sf=$(failures "$row-scap"); af=$(failures "$row-anchor")
  note=""
  [ "$sf" -eq 0 ] || note=" (scap failed $sf of $runs)"
  [ "$af" -eq 0 ] || note="$note (SciPy failed $af of $runs)"
  echo "| $row$note | $st | $at | $wall | $sc | $ac | $cpu |" \
    "$(mib "$sm") | $(mib "$am") |"
done
if [ ${#wrong[@]} -gt 0 ]; then
  echo "wrong results: ${wrong[*]}" >&2
  exit 1
fi
