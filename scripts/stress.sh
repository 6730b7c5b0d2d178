#!/usr/bin/env bash
# The reliability checks of `make test`, run for longer: many more SIGKILLs, a longer run of
# writers and readers, far more fuzzed inputs, and (as root) a real full disk. Prints one line of
# figures per check; with --update-docs writes them into RELIABILITY.md.
#
#   scripts/stress.sh                     # about a quarter of an hour on 2 cores
#   KILLS=2000 SECONDS_SHARED=600 scripts/stress.sh --update-docs
#
# Every run is seeded (SEED, default: the time); a failure prints the seed that reproduces it.
set -euo pipefail
cd "$(dirname "$0")/.."

KILLS=${KILLS:-500}
SECONDS_SHARED=${SECONDS_SHARED:-120}
WRITERS=${WRITERS:-4}
READERS=${READERS:-2}
FUZZ_CASES=${FUZZ_CASES:-50000}
BINARY_CASES=${BINARY_CASES:-1000}
SEED=${SEED:-$(date +%s)}
UPDATE_DOCS=no
[ "${1:-}" = "--update-docs" ] && UPDATE_DOCS=yes

swift build >/dev/null
STRESS=.build/debug/handoff-stress
HANDOFF=.build/debug/handoff
RESULTS=$(mktemp)
FAILED=0
trap 'rm -f "$RESULTS"' EXIT

run() {
    echo "== $*" >&2
    if ! "$@" | tee -a "$RESULTS"; then FAILED=1; fi
}

run "$STRESS" crash --kills "$KILLS" --seed "$SEED"
run "$STRESS" concurrency --seconds "$SECONDS_SHARED" --writers "$WRITERS" --readers "$READERS" --seed "$SEED"
run "$STRESS" fuzz --cases "$FUZZ_CASES" --binary-cases "$BINARY_CASES" --seed "$SEED"

# A real full disk needs a small file system of its own: a tmpfs, which only root can mount.
full_disk() {
    local dir
    local demo size
    demo=$(mktemp -d)
    "$HANDOFF" demo --db "$demo/board.db" --no-open --reset 2>/dev/null
    # Room for the board and about a quarter of a megabyte more.
    size=$(( $(stat -c %s "$demo/board.db") / 1024 + 256 ))
    dir=$(mktemp -d)
    if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o "size=${size}k" tmpfs "$dir" 2>/dev/null; then
        rm -rf "$dir" "$demo"
        echo "full disk: not run (mounting a small tmpfs needs root)"
        return 0
    fi
    cp "$demo/board.db" "$dir/board.db"
    rm -rf "$demo"
    local body notes=0 message="" status=0
    body=$(printf 'a note that fills the disk %.0s' $(seq 1 100))
    while [ $notes -lt 500 ]; do
        if message=$("$HANDOFF" note 1001 "$body $notes" --db "$dir/board.db" --as tom 2>&1 >/dev/null); then
            notes=$((notes + 1))
        else
            status=$?
            break
        fi
    done
    local stored check_status=0
    stored=$(sqlite3 "$dir/board.db" "SELECT count(*) FROM notes WHERE body LIKE 'a note that fills the disk%'")
    "$HANDOFF" check --db "$dir/board.db" >/dev/null 2>&1 || check_status=$?
    umount "$dir"
    rmdir "$dir"
    echo "full disk: $notes notes acknowledged and $stored stored before the disk filled; then exit $status: $message; handoff check exit $check_status"
    [ "$status" = 1 ] && [ "$stored" = "$notes" ] && [ "$check_status" = 0 ] && [[ "$message" == *"is full"* ]]
}
echo "== full disk on a tmpfs a quarter of a megabyte larger than the board" >&2
if ! full_disk | tee -a "$RESULTS"; then FAILED=1; fi

if [ "$UPDATE_DOCS" = yes ]; then
    {
        echo "Last run: $(date -u '+%Y-%m-%d %H:%M UTC'), seed $SEED, $(nproc) cores, \`scripts/stress.sh\` with KILLS=$KILLS SECONDS_SHARED=$SECONDS_SHARED WRITERS=$WRITERS READERS=$READERS FUZZ_CASES=$FUZZ_CASES BINARY_CASES=$BINARY_CASES."
        echo
        grep -E '^(crash|concurrency|fuzz|full disk):' "$RESULTS" | sed 's/^/- /'
    } > "$RESULTS.figures"
    awk -v figures="$RESULTS.figures" '
        /<!-- stress:begin -->/ { print; while ((getline line < figures) > 0) print line; skipping = 1; next }
        /<!-- stress:end -->/ { skipping = 0 }
        !skipping { print }
    ' RELIABILITY.md > "$RESULTS.doc" && mv "$RESULTS.doc" RELIABILITY.md
    rm -f "$RESULTS.figures"
    echo "RELIABILITY.md updated" >&2
fi

if [ "$FAILED" != 0 ]; then
    echo "FAILED (seed $SEED)" >&2
    exit 1
fi
echo "all checks passed (seed $SEED)" >&2
