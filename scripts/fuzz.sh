#!/usr/bin/env bash
# Builds Brief's libFuzzer targets (the Fuzz/ package) with -sanitize=fuzzer,address and
# runs each for SECONDS, seeded from Tests/Fuzz/corpus/<target>/. Exits non-zero when a
# target crashes, hangs or fails to build; prints each target's executions count.
#
#   scripts/fuzz.sh 30                      # every target, 30 s each (CI)
#   FUZZ_TARGETS=FuzzReader scripts/fuzz.sh 600
#
# Environment: FUZZ_TARGETS (space-separated, default: all), FUZZ_NICE (niceness, default 10),
# FUZZ_SCRATCH (build folder, default .build-fuzz), FUZZ_CONFIG (release or debug, default release).
# Crashing inputs are saved to fuzz-artifacts/; re-run one with `<binary> <file>`.
set -euo pipefail

seconds="${1:-}"
if [[ ! "$seconds" =~ ^[0-9]+$ ]] || (( seconds == 0 )); then
    echo "usage: scripts/fuzz.sh SECONDS   (run time per target)" >&2
    exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
targets=(${FUZZ_TARGETS:-FuzzExtraction FuzzReader})
niceness="${FUZZ_NICE:-10}"
scratch="${FUZZ_SCRATCH:-$root/.build-fuzz}"
config="${FUZZ_CONFIG:-release}"
artifacts="$root/fuzz-artifacts"
mkdir -p "$artifacts"

# ASan must see the real fault, not Swift's backtracer.
export SWIFT_BACKTRACE=enable=no

status=0
summary=()
for target in "${targets[@]}"; do
    echo "== building $target ($config, -sanitize=fuzzer,address)"
    if ! (cd "$root/Fuzz" && nice -n "$niceness" swift build --scratch-path "$scratch" -c "$config" \
            --product "$target" -Xswiftc -sanitize=fuzzer,address); then
        echo "fuzz: $target failed to build" >&2
        summary+=("$target: build failed")
        status=1
        continue
    fi
    binary="$(cd "$root/Fuzz" && swift build --scratch-path "$scratch" -c "$config" --show-bin-path)/$target"

    # libFuzzer writes new inputs into the first folder; the seeds in the repo stay untouched.
    work="$scratch/corpus/$target"
    seeds="$root/Tests/Fuzz/corpus/$target"
    mkdir -p "$work"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192
             -print_final_stats=1 -artifact_prefix="$artifacts/$target-")
    dict="$root/Tests/Fuzz/dict/$target.dict"
    [[ -f "$dict" ]] && options+=(-dict="$dict")
    log="$scratch/$target.log"

    echo "== running $target for ${seconds}s (log: $log)"
    set +e
    nice -n "$niceness" "$binary" "${options[@]}" "$work" "$seeds" >"$log" 2>&1
    code=$?
    set -e
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
    if (( code != 0 )); then
        echo "fuzz: $target crashed (exit $code); last lines of $log:" >&2
        tail -n 40 "$log" >&2
        summary+=("$target: CRASH after ${execs:-?} executions; reproducer in $artifacts/")
        status=1
    else
        summary+=("$target: ok, ${execs:-?} executions in ${seconds}s")
    fi
done

echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
exit "$status"
